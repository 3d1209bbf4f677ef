from write_samples import *
OUT = os.path.join(ROOT, "src", "test", "resources", "golden", "pages")
E = []
def add(*a, **k):
    E.append(write(OUT, *a, **k))

add("g01-vgp-son-jakarta.txt", vgp(
    "Foreign Minister Bui Thanh Son meets Indonesian counterpart in Jakarta",
    "Deputy Prime Minister and Foreign Minister Bui Thanh Son held talks with Indonesian Foreign Minister Sugiono in Jakarta on Tuesday, agreeing to raise two-way trade to US$18 billion.",
    "February 4, 2025 6:40 PM GMT+7",
    "Deputy Prime Minister, Foreign Minister Bui Thanh Son and Indonesian Foreign Minister Sugiono at the talks - Photo: VGP",
    ["Son said Viet Nam wanted to work with Indonesia on fisheries, halal food, digital transformation and energy transition.",
     "The two ministers agreed to finish negotiations on the delimitation of the exclusive economic zones at an early date and to cooperate closely within ASEAN.",
     "Sugiono said Indonesia valued its strategic partnership with Viet Nam and hoped for more direct flights between the two countries."]),
    "Foreign Minister Bui Thanh Son meets Indonesian counterpart in Jakarta", "2025-02-04T18:40+07:00", [], [])

add("g02-vgp-yagi-recovery.txt", vgp(
    "PM urges faster rebuilding in provinces hit by Typhoon Yagi",
    "At a meeting in Ha Noi on Monday with leaders of Yen Bai, Lao Cai and Cao Bang, the Prime Minister asked ministries to speed up the rebuilding of homes, schools and roads destroyed by Typhoon Yagi.",
    "October 7, 2024 5:15 PM GMT+7",
    "The meeting on post-typhoon recovery in Ha Noi - Photo: VGP",
    ["More than 1,200 houses in the three provinces must be rebuilt or moved away from landslide zones before the Lunar New Year, he said.",
     "The Ministry of Finance was told to release the remaining relief funds within ten days.",
     "In Lao Cai, where a flash flood swept away Lang Nu village, the province has chosen a new site on higher ground for the surviving families."]),
    "PM urges faster rebuilding in provinces hit by Typhoon Yagi", "2024-10-07T17:15+07:00",
    ["ha-noi", "yen-bai", "lao-cai", "cao-bang"], [])

add("g03-hanoitimes-binh-thanh-flooding.txt", hanoitimes(
    "Sep 18, 2024 / 21:05",
    "Ho Chi Minh City to raise roads in flood-prone Binh Thanh District",
    "Work will start next year on raising the most often flooded streets in the district, the city's Department of Transport said.",
    ["Residents of Binh Thanh District have waded through knee-deep water after heavy rain several times this season, especially where high tides back up the city's drains.",
     "The department said the works would be coordinated with a tidal sluice project on the Saigon River.",
     "A department official said the same approach had worked in parts of District 7."]),
    "Ho Chi Minh City to raise roads in flood-prone Binh Thanh District", "2024-09-18T21:05+07:00",
    ["ho-chi-minh-city"], [])

add("g04-vna-mausoleum.txt", vna(
    "Visitors queue outside the Ho Chi Minh Mausoleum in Ha Noi",
    ["Ha Noi (VNA) – The Ho Chi Minh Mausoleum in Ba Dinh Square will close for its annual maintenance from June 15 to August 15, the management board said.",
     "During the closure, visitors can still see the house on stilts where President Ho Chi Minh lived and worked, and the museum dedicated to his life.",
     "Veterans' groups often visit the mausoleum after travelling along the old Ho Chi Minh Trail, which runs through the Truong Son mountains.",
     "Last year, more than 2.5 million people visited the mausoleum, including some 300,000 foreigners."],
    title="Ho Chi Minh Mausoleum to close for annual maintenance", date="10/06/2024 11:02"),
    "Ho Chi Minh Mausoleum to close for annual maintenance", "2024-06-10T11:02+07:00",
    ["ha-noi"], [])

add("g05-tuoitre-durian-farmer.txt", tuoitre(
    "Durian farmers in Tien Giang count losses after early rains",
    "Apr 9, 2024, 10:15 GMT+7",
    ["Heavy rain in the middle of the dry season has caused durian flowers to drop in Cai Lay and Cai Be, the biggest durian-growing districts of Tien Giang province.",
     "\"No matter how long an orchard has been in the family, one bad week can wipe out a season,\" said Nguyen Thanh Long, who grows durian on two hectares.",
     "Long said he had sprayed his trees and covered the youngest ones with plastic sheets, but still expects to lose half of his crop.",
     "Tien Giang's agriculture department said it would send experts to advise farmers on pruning and drainage."],
    "A durian orchard in Cai Lay district."),
    "Durian farmers in Tien Giang count losses after early rains", "2024-04-09T10:15+07:00",
    ["tien-giang"], [])

add("g06-vns-ly-son-fisherman.txt", vns(
    "Ly Son fishermen rescue crew of sinking cargo ship",
    "July 30, 2024 - 16:20",
    "QUẢNG NGÃI",
    "A fishing boat from Ly Son Island rescued nine sailors from a sinking cargo ship off the coast of the central province on Monday night.",
    ["Captain Le Thanh Hai said his crew heard the distress call on the radio while returning from the Hoang Sa fishing grounds.",
     "\"We reached them in forty minutes. The sea was rough, but we could not leave them,\" Hai said.",
     "The sailors were brought ashore at the Sa Ky port and are in good health, the provincial Border Guard Command said."]),
    "Ly Son fishermen rescue crew of sinking cargo ship", "2024-07-30T16:20+07:00",
    ["quang-ngai"], [])

ALL63 = ("An Giang, Ba Ria - Vung Tau, Bac Giang, Bac Kan, Bac Lieu, Bac Ninh, Ben Tre, Binh Dinh, Binh Duong, Binh Phuoc, Binh Thuan, Ca Mau, Can Tho, Cao Bang, "
         "Da Nang, Dak Lak, Dak Nong, Dien Bien, Dong Nai, Dong Thap, Gia Lai, Ha Giang, Ha Nam, Ha Noi, Ha Tinh, Hai Duong, Hai Phong, Hau Giang, Hoa Binh, "
         "Hung Yen, Khanh Hoa, Kien Giang, Kon Tum, Lai Chau, Lam Dong, Lang Son, Lao Cai, Long An, Nam Dinh, Nghe An, Ninh Binh, Ninh Thuan, Phu Tho, Phu Yen, "
         "Quang Binh, Quang Nam, Quang Ngai, Quang Ninh, Quang Tri, Soc Trang, Son La, Tay Ninh, Thai Binh, Thai Nguyen, Thanh Hoa, Thua Thien Hue, Tien Giang, "
         "Tra Vinh, Tuyen Quang, Vinh Long, Vinh Phuc, Yen Bai and Ho Chi Minh City")
add("g07-vllf-land-price-tables.txt", vllf(
    "All provinces and centrally run cities must issue new land price tables under the 2024 Land Law before January 1, 2026, according to a Government decree that took effect on August 1.",
    "A land registration office",
    ["The decree requires provincial People's Committees to publish price tables based on market surveys and to update them every year.",
     "The Ministry of Natural Resources and Environment will monitor the 63 localities covered by the decree: " + ALL63 + ".",
     "Localities that fail to meet the deadline must report the reasons to the Prime Minister."]),
    "All provinces and centrally run cities must issue new land price tables under the 2024 Land Law before January…", None,
    [], [])

add("g08-vgp-ha-giang-teacher.txt", vgp(
    "Ha Giang teacher wins national award for bringing girls back to school",
    "Pham Binh Minh, a teacher at a boarding school in Meo Vac district, Ha Giang province, was among the 60 teachers honoured in Ha Noi on Tuesday for their work in remote areas.",
    "November 19, 2024 4:50 PM GMT+7",
    "Teacher Pham Binh Minh with pupils in Meo Vac - Photo: VGP",
    ["Minh has visited Hmong villages on foot every summer for ten years to persuade parents to keep their daughters in school.",
     "Enrolment of girls at his school has risen from 40 percent to nearly 90 percent since he began.",
     "Ha Giang has the highest dropout rate among the northern provinces, according to the Ministry of Education and Training."]),
    "Ha Giang teacher wins national award for bringing girls back to school", "2024-11-19T16:50+07:00",
    ["ha-giang", "ha-noi"], [])

add("g09-laodong-vi-thanh-hoa.txt",
    "Thanh Hóa khánh thành cầu Hoằng Hóa nối đôi bờ sông Mã\n15/01/2025 08:30\n\n"
    "Sáng 15-1, UBND tỉnh Thanh Hóa tổ chức lễ khánh thành cầu Hoằng Hóa bắc qua sông Mã, rút ngắn quãng đường từ trung tâm tỉnh ra biển Sầm Sơn.\n\n"
    "Cây cầu dài 1,2 km, có tổng vốn đầu tư hơn 900 tỉ đồng từ ngân sách tỉnh.\n\n"
    "Phát biểu tại buổi lễ, Chủ tịch UBND tỉnh Thanh Hóa Lê Văn Hùng cho biết cây cầu sẽ giúp người dân đi lại thuận tiện hơn và thúc đẩy du lịch.\n\n"
    "\"Người dân ở đây đã chờ đợi cây cầu này từ rất lâu, chúng tôi mong muốn một cuộc sống hòa bình, ấm no\", ông Nguyễn Văn Bình, một người dân xã Hoằng Đạo, chia sẻ.\n\n"
    "Theo kế hoạch, tỉnh sẽ tiếp tục xây dựng tuyến đường ven biển nối với tỉnh Nghệ An. (Lao Động)\n",
    "Thanh Hóa khánh thành cầu Hoằng Hóa nối đôi bờ sông Mã", "2025-01-15T08:30+07:00",
    ["thanh-hoa"], ["nghe-an"])

add("g10-tuoitre-vi-da-nang-nfd.txt",
    "Đà Nẵng mở thêm tuyến xe buýt ra sân bay\n03/03/2025 14:10 GMT+7\n\n"
    "Từ ngày 5-3, thành phố Đà Nẵng đưa vào hoạt động hai tuyến xe buýt mới nối sân bay quốc tế với bán đảo Sơn Trà và khu du lịch Bà Nà.\n\n"
    "Theo Sở Giao thông vận tải Đà Nẵng, giá vé mỗi lượt là 20.000 đồng, xe chạy 20 phút một chuyến.\n\n"
    "Du khách từ Hội An cũng có thể đi tuyến xe buýt liên tỉnh đến trung tâm thành phố.\n",
    "Đà Nẵng mở thêm tuyến xe buýt ra sân bay", "2025-03-03T14:10+07:00",
    ["da-nang"], ["quang-nam"], nfd=True)

add("g11-vns-hanoi-caps-dateline.txt", vns(
    "Capital plans fourth ring road interchanges",
    "December 3, 2024 - 08:45",
    "HÀ NỘI",
    "The capital will build five interchanges on the fourth ring road where it crosses national highways, the municipal People's Committee said on Monday.",
    ["The ring road, which runs through the outskirts of the capital and the neighbouring provinces of Hung Yen and Bac Ninh, is due to open to traffic in 2027.",
     "The committee asked contractors to work in three shifts to make up for delays caused by land clearance."]),
    "Capital plans fourth ring road interchanges", "2024-12-03T08:45+07:00",
    ["ha-noi"], ["hung-yen", "bac-ninh"])

add("g12-vnexpress-vung-tau-beach.txt", vnexpress(
    "Vung Tau bans alcohol sales on Back Beach after midnight",
    "Authorities in Vung Tau, the coastal city southeast of Ho Chi Minh City, will ban the sale of alcohol on Back Beach between midnight and 6 a.m. from next month.",
    "Friday, May 17, 2024 | 09:40 am GMT+7",
    ["The ban follows several fights between groups of young visitors on weekend nights, the city police said.",
     "Ba Ria - Vung Tau province received 17 million visitors last year, most of them day-trippers from Ho Chi Minh City and Binh Duong.",
     "Hotels on Con Dao island, also part of the province, are not affected."],
    "Back Beach in Vung Tau on a weekend"),
    "Vung Tau bans alcohol sales on Back Beach after midnight", "2024-05-17T09:40+07:00",
    ["ba-ria-vung-tau"], ["ho-chi-minh-city", "binh-duong"])

add("g13-vna-nha-trang-airport.txt", vna(
    "Cam Ranh International Airport",
    ["Khanh Hoa (VNA) – Cam Ranh International Airport will open a second terminal for domestic flights in June, the Khanh Hoa People's Committee said on Wednesday.",
     "The airport, 30 kilometres south of Nha Trang, handled more than 8 million passengers last year, most of them from Russia, the Republic of Korea and China.",
     "The province is also building a coastal road linking Nha Trang with the airport and the resort area of Bai Dai."],
    title="Cam Ranh airport to open new domestic terminal", date="27/03/2025 13:30"),
    "Cam Ranh airport to open new domestic terminal", "2025-03-27T13:30+07:00",
    ["khanh-hoa"], [])

add("g14-hanoitimes-da-lat-greenhouses.txt", hanoitimes(
    "Aug 21, 2024 / 07:30",
    "Da Lat to move greenhouses out of the city centre",
    "The flower capital of the Central Highlands will stop licensing new greenhouses inside its urban districts from next year, Lam Dong province said.",
    ["Greenhouses cover more than 2,000 hectares around Da Lat and have been blamed for flooding, as rainwater runs off their plastic roofs into the streets.",
     "Growers will be offered land in Duc Trong and Lac Duong districts, and in the tea-growing area of Bao Loc.",
     "Flower exports from Lam Dong earned about US$100 million last year."]),
    "Da Lat to move greenhouses out of the city centre", "2024-08-21T07:30+07:00",
    ["lam-dong"], [])

add("g15-vnexpress-danang-hoi-an-shuttle.txt", vnexpress(
    "Danang and Hoi An launch joint tourist shuttle",
    "A shuttle bus now runs every 30 minutes between central Danang and the ancient town of Hoi An in Quang Nam province, the two localities' tourism departments said.",
    "Saturday, March 2, 2024 | 02:15 pm GMT+7",
    ["Tickets cost VND50,000 and can be bought with a phone app in English, Korean and Vietnamese.",
     "Until now, most visitors travelled between the two by taxi or motorbike along the coastal road past My Khe and An Bang beaches."],
    "The new shuttle at a stop in Hoi An"),
    "Danang and Hoi An launch joint tourist shuttle", "2024-03-02T14:15+07:00",
    ["da-nang", "quang-nam"], [])

add("g16-vgp-daklak-drought.txt", vgp(
    "Daklak declares drought emergency in four districts",
    "Dak Lak province on Thursday declared a drought emergency in four districts where reservoirs have dried up, leaving 20,000 hectares of coffee and pepper without water.",
    "April 4, 2024 7:20 PM GMT+7",
    "A dried-up reservoir in Cu M'gar district - Photo: VGP",
    ["The provincial People's Committee set aside VND40 billion to dig wells and truck water to households in Buon Don, Ea Sup, Cu M'gar and Krong Bong.",
     "Temperatures in Buon Ma Thuot reached 37 degrees Celsius this week, the highest in a decade."]),
    "Daklak declares drought emergency in four districts", "2024-04-04T19:20+07:00",
    ["dak-lak"], [])

add("g17-vns-hue-city-festival.txt", vns(
    "Hue City hosts first festival since becoming a centrally run city",
    "June 7, 2025 - 21:00",
    "HUẾ",
    "The ancient capital opened its spring festival on Friday, the first since Hue became the country's sixth centrally run city in January.",
    ["Performances were held at the Noon Gate and along the Perfume River, while craft villages from Quang Tri and Quang Binh brought their products to a fair.",
     "Organisers said hotels in Hue were almost fully booked for the week."]),
    "Hue City hosts first festival since becoming a centrally run city", "2025-06-07T21:00+07:00",
    ["thua-thien-hue"], ["quang-tri", "quang-binh"])

add("g18-tuoitre-lacquer-artist.txt", tuoitre(
    "Binh Duong lacquer artist revives old techniques",
    "Feb 14, 2025, 09:00 GMT+7",
    ["In his workshop in Thu Dau Mot, Tran Dinh Hue spends months on a single lacquer painting, layering resin and eggshell the way his grandfather taught him.",
     "Hue, 52, is one of a few dozen artisans left in Tuong Binh Hiep, a village in Binh Duong that has made lacquerware for more than 200 years.",
     "He now teaches free classes to young people on Sunday mornings and sells his work to collectors from Ho Chi Minh City."],
    "Tran Dinh Hue at work in his studio."),
    "Binh Duong lacquer artist revives old techniques", "2025-02-14T09:00+07:00",
    ["binh-duong"], ["ho-chi-minh-city"])

add("g19-vnexpress-nguyen-hue-street.txt", vnexpress(
    "Nguyen Hue walking street to host Lunar New Year flower show",
    "Ho Chi Minh City's Nguyen Hue walking street will be turned into a flower street from February 6 to 12, with the theme of the Year of the Snake.",
    "Wednesday, January 22, 2025 | 05:30 pm GMT+7",
    ["The street, between the City Hall and the Saigon River, draws more than a million visitors every Tet.",
     "Gardeners from Sa Dec in Dong Thap province have been bringing in chrysanthemums and apricot blossoms by boat since early January."],
    "Visitors on Nguyen Hue Street during last year's flower show"),
    "Nguyen Hue walking street to host Lunar New Year flower show", "2025-01-22T17:30+07:00",
    ["ho-chi-minh-city"], ["dong-thap"])

add("g20-hanoitimes-bac-ninh-factories.txt", hanoitimes(
    "Jul 9, 2024 / 15:40",
    "Bac Ninh attracts US$4 billion in new electronics investment",
    "The northern province has licensed four new electronics plants in the first half of the year, its Department of Planning and Investment said.",
    ["Most of the plants will make components for smartphones and laptops, and will be located in the Yen Phong and Que Vo industrial parks.",
     "\"We chose Bac Ninh for its roads and its workforce,\" the director of one of the investors told Hanoi Times.",
     "Bac Ninh was the largest exporter among the provinces of the Red River Delta last year."]),
    "Bac Ninh attracts US$4 billion in new electronics investment", "2024-07-09T15:40+07:00",
    ["bac-ninh"], [])

add("g21-vgp-new-tuyen-quang.txt", vgp(
    "New Tuyen Quang province begins operating after merger with Ha Giang",
    "The new Tuyen Quang province, formed by merging Ha Giang and Tuyen Quang under the National Assembly's resolution on provincial reorganisation, began operating on July 1.",
    "July 1, 2025 10:05 PM GMT+7",
    "The ceremony announcing the new province - Photo: VGP",
    ["The province's administrative centre is in the former Tuyen Quang city, and its Party Committee and People's Committee held their first meetings on Tuesday.",
     "Residents of the former Ha Giang province can still use their old documents until they expire, officials said."]),
    "New Tuyen Quang province begins operating after merger with Ha Giang", "2025-07-01T22:05+07:00",
    ["tuyen-quang", "ha-giang"], [])

add("g22-vna-long-an-rice.txt", vna(
    "Harvesting rice in Long An",
    ["Long An (VNA) – Farmers in the Mekong Delta province of Long An have begun harvesting the winter-spring rice crop, with yields of about seven tonnes per hectare.",
     "Traders said prices for fragrant rice were lower than last year but still high enough for farmers to make a profit, however long an export contract takes to sign.",
     "The province plans to expand the area of high-quality rice along the border with Tay Ninh."],
    title="Long An farmers begin winter-spring rice harvest", date="18/02/2025 10:20"),
    "Long An farmers begin winter-spring rice harvest", "2025-02-18T10:20+07:00",
    ["long-an"], ["tay-ninh"])

HTML24 = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Ha Long Bay cruise boats switch to electric engines - VnExpress International</title>
<meta property="og:title" content="Ha Long Bay cruise boats switch to electric engines">
<meta name="description" content="Ten overnight cruise boats on Ha Long Bay will switch to electric or hybrid engines by 2026 under a pilot scheme of Quang Ninh province.">
<link rel="canonical" href="https://e.vnexpress.net/news/travel/ha-long-bay-cruise-boats-switch-to-electric-engines-4790000.html">
</head><body>
<header><nav><a href="/">Home</a><a href="/news/news">News</a><a href="/travel">Travel</a></nav></header>
<section class="page-detail">
<h1 class="title-detail">Ha Long Bay cruise boats switch to electric engines</h1>
<span class="date">Tuesday, August 27, 2024 | 10:00 am GMT+7</span>
<p class="description">Ten overnight cruise boats on Ha Long Bay will switch to electric or hybrid engines by 2026 under a pilot scheme of Quang Ninh province.</p>
<article class="fck_detail">
<p class="Normal">Operators joining the scheme will get priority berths at Tuan Chau port and lower fees.</p>
<table class="tplCaption"><tr><td><img src="x.jpg"></td></tr><tr><td><p class="Image">A cruise boat on Ha Long Bay. Photo by VnExpress/Minh Cuong</p></td></tr></table>
<p class="Normal">More than 500 tourist boats operate on the bay, most of them with diesel engines, and local authorities have received complaints about oil on the water.</p>
<p class="Normal">The province wants all new boats to be electric from 2030.</p>
</article>
</section>
<footer><p>Copyright VnExpress. Ha Noi.</p></footer>
</body></html>
"""
add("g23-vnexpress-ha-long-electric.html", HTML24,
    "Ha Long Bay cruise boats switch to electric engines", "2024-08-27T10:00+07:00",
    ["quang-ninh"], [])

HTML25 = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Moc Chau plum season brings record visitors</title>
<meta property="article:published_time" content="2025-01-26T08:00:00+07:00">
</head><body>
<nav class="menu"><ul>""" + "".join(f"<li><a href='#'>{n}</a></li>" for n in ALL63.replace(" and ", ", ").split(", ")) + """</ul></nav>
<div class="detail-content">
<h1>Moc Chau plum season brings record visitors</h1>
<p>VGP - The white plum blossoms of Moc Chau plateau in Son La province drew more than 200,000 visitors during the last two weekends of January, the district's culture office said.</p>
<p>Homestays in the tea hills were fully booked, and the district opened extra parking areas along National Highway 6.</p>
<p>Son La plans to hold its first plum blossom festival next year, with Thai and Hmong music performances.</p>
</div></body></html>
"""
add("g24-vgp-moc-chau-plums.html", HTML25,
    "Moc Chau plum season brings record visitors", "2025-01-26T08:00+07:00",
    ["son-la"], [])

add("g25-vna-lao-bao-border.txt", vna(
    "Trucks queue at Lao Bao border gate",
    ["Quang Tri (VNA) – Cargo through the Lao Bao international border gate reached a record 2.6 million tonnes in 2024, the Quang Tri Department of Industry and Trade said.",
     "Lao officials and their Vietnamese counterparts agreed last month to open the gate 24 hours a day for trucks carrying farm produce.",
     "Much of the cargo travels on to the port of Da Nang, while Thai tourists increasingly use the route to visit central Viet Nam by car."],
    title="Lao Bao border gate handles record cargo", date="08/01/2025 15:00"),
    "Lao Bao border gate handles record cargo", "2025-01-08T15:00+07:00",
    ["quang-tri"], ["da-nang"])

add("g26-tuoitre-sapa-homestays.txt", tuoitre(
    "Sapa homestays fill up for autumn trekking season",
    "Oct 1, 2024, 16:45 GMT+7",
    ["Homestays in the villages around Sapa are fully booked for October, as trekkers return for the rice harvest in the valleys of Lao Cai province.",
     "Some operators have started offering routes that cross into Lai Chau over the O Quy Ho pass.",
     "A tour guide in Ta Van said many of her guests had also spent a night in Mai Chau, in Hoa Binh, on the way from Ha Noi."],
    "Trekkers near Ta Van village."),
    "Sapa homestays fill up for autumn trekking season", "2024-10-01T16:45+07:00",
    ["lao-cai"], ["lai-chau", "hoa-binh", "ha-noi"])

add("g27-vna-trang-an-boats.txt", vna(
    "Boats on the Trang An river",
    ["Ninh Binh (VNA) – The Trang An Scenic Landscape Complex will limit the number of rowing boats to 2,000 a day from next month to protect the landscape, the management board said.",
     "Boats will be booked online, with time slots to avoid queues at the wharf.",
     "Trang An received 2.3 million visitors last year, while nearby Bai Dinh pagoda received 4 million pilgrims."],
    title="Trang An caps rowing boats to protect heritage site", date="05/04/2024 10:30"),
    "Trang An caps rowing boats to protect heritage site", "2024-04-05T10:30+07:00",
    ["ninh-binh"], [])

add("g28-unknown-thai-nguyen-tea.txt",
    "Tea growers in Thai Nguyen and Bac Kan form joint brand\n\nPosted: 2023-11-02 09:00\n\n"
    "Cooperatives in Thai Nguyen and Bac Kan have agreed to sell their green tea under a shared brand, hoping to reach supermarkets in Japan and Europe.\n\n"
    "The two provinces, which border each other, grow more than 25,000 hectares of tea, much of it around Tan Cuong and in the hills of Ba Be.\n\n"
    "Growers said a joint brand would help them pay for organic certification, which a single cooperative cannot afford.\n",
    "Tea growers in Thai Nguyen and Bac Kan form joint brand", "2023-11-02T09:00+07:00",
    ["thai-nguyen", "bac-kan"], [])

add("g29-vns-long-thanh-airport.txt", vns(
    "Long Thanh airport terminal roof completed",
    "April 2, 2025 - 11:15",
    "ĐỒNG NAI",
    "Builders have finished the roof of the passenger terminal at Long Thanh International Airport, the country's largest infrastructure project, the Airports Corporation of Viet Nam said.",
    ["The airport, 40 kilometres east of Ho Chi Minh City, is due to open its first phase in 2026 and will take over most international flights from Tan Son Nhat.",
     "Dong Nai province is building roads and a metro link to connect it with the city."]),
    "Long Thanh airport terminal roof completed", "2025-04-02T11:15+07:00",
    ["dong-nai"], ["ho-chi-minh-city"])

add("g30-vnexpress-saigon-river.txt", vnexpress(
    "Saigon River waterbus adds evening trips",
    "The waterbus on the Saigon River will run until 10 p.m. at weekends from this month, its operator said.",
    "Thursday, July 4, 2024 | 08:10 pm GMT+7",
    ["The route runs from Bach Dang wharf in District 1 to Linh Dong in Thu Duc City, taking about 50 minutes.",
     "HCMC plans to open two more waterbus routes, including one along the canals to Can Gio."],
    "A waterbus passes Bach Dang wharf"),
    "Saigon River waterbus adds evening trips", "2024-07-04T20:10+07:00",
    ["ho-chi-minh-city"], [])

add("g31-vgp-cai-rang-market.txt", vgp(
    "Can Tho to preserve Cai Rang floating market",
    "Can Tho city has approved a plan to preserve the Cai Rang floating market, where the number of trading boats has fallen by half in a decade.",
    "May 23, 2024 2:35 PM GMT+7",
    "Boats at dawn at Cai Rang floating market - Photo: VGP",
    ["Traders who keep their boats at the market will get help with fuel and mooring fees, and tourist boats will have separate routes.",
     "The market is one of the best-known sights of the Mekong Delta and appears in travel guides around the world."]),
    "Can Tho to preserve Cai Rang floating market", "2024-05-23T14:35+07:00",
    ["can-tho"], [])

add("g32-hanoitimes-son-doong.txt", hanoitimes(
    "Feb 28, 2025 / 12:00",
    "Son Doong cave tours sold out for 2025",
    "All 1,000 places on the four-day expeditions into the world's largest cave have been booked for the year, the tour operator said.",
    ["The cave lies in Phong Nha-Ke Bang National Park in Quang Binh province and was opened to tourists in 2013.",
     "Each expedition is limited to ten people, with a team of guides and porters from the local villages."]),
    "Son Doong cave tours sold out for 2025", "2025-02-28T12:00+07:00",
    ["quang-binh"], [])

add("g33-vns-tet-travel.txt", vns(
    "Millions travel home for Tet",
    "January 25, 2025 - 19:40",
    "VIỆT NAM",
    "Bus and railway stations were packed on Saturday as workers headed home for the Lunar New Year holiday.",
    ["At Mien Dong coach station in Ho Chi Minh City, extra buses left every few minutes for the central provinces.",
     "Trains from Ho Chi Minh City to Thanh Hoa, Nghe An and Ha Tinh were fully booked two weeks in advance, the railway company said.",
     "Traffic police in Ho Chi Minh City set up checkpoints on the roads out of the city to stop overloaded coaches."]),
    "Millions travel home for Tet", "2025-01-25T19:40+07:00",
    ["ho-chi-minh-city"], ["thanh-hoa", "nghe-an", "ha-tinh"])

add("g34-vgp-vinh-city-crlf.txt", vgp(
    "Vinh city upgrades drainage after record flooding",
    "Authorities in Vinh city, the capital of Nghe An province, will spend VND1.2 trillion on new drains and pumping stations after flooding in September left parts of the city under water for three days.",
    "December 10, 2024 11:30 AM GMT+7",
    "A flooded street in Vinh city - Photo: VGP",
    ["The works include a new channel to the Lam River and two pumping stations, due for completion in 2026.",
     "Residents of low-lying wards said the floods had been the worst in twenty years."]),
    "Vinh city upgrades drainage after record flooding", "2024-12-10T11:30+07:00",
    ["nghe-an"], [], crlf=True)

add("g35-vna-phan-thiet-wind.txt", vna(
    "Kitesurfers at Mui Ne beach",
    ["Binh Thuan (VNA) – Mui Ne, the resort area of Phan Thiet city, will host an international kitesurfing championship in January, the Binh Thuan Department of Culture, Sports and Tourism said.",
     "About 120 athletes from 20 countries are expected to compete on the bay, where steady winds blow from November to March.",
     "Visitors from Ho Chi Minh City can reach Mui Ne in about three hours on the new expressway."],
    title="Mui Ne to host kitesurfing championship", date="19/11/2024 17:05"),
    "Mui Ne to host kitesurfing championship", "2024-11-19T17:05+07:00",
    ["binh-thuan"], ["ho-chi-minh-city"])

# pages in the layouts real saved pages have (chrome above the headline, bylines, repeated lines): golden_layouts.py
import golden_layouts
E.extend(golden_layouts.pages(lambda *a, **k: write(OUT, *a, **k)))
# pages whose places are below the province (districts, communes, landmarks), datelines, shared names: golden_places.py
import golden_places
E.extend(golden_places.pages(lambda *a, group=None, **k: dict(write(OUT, *a, **k), group=group)))

with open(os.path.join(ROOT, "src", "test", "resources", "golden", "pages.expected.json"), "w") as f:
    json.dump(E, f, ensure_ascii=False, indent=1)
print(len(E), "golden pages")
