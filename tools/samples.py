from write_samples import *
OUT = os.path.join(ROOT, "resources", "samples")
E = []

E.append(write(OUT, "01-vgp-quang-ninh-cruise-port.txt", vgp(
    "Quang Ninh opens second international cruise terminal on Ha Long Bay",
    "Quang Ninh province on Saturday put into operation a second passenger terminal for international cruise ships at Hon Gai, aiming to welcome 300 cruise calls a year to Ha Long Bay by 2030.",
    "September 14, 2024 9:12 AM GMT+7",
    "Passengers disembark at the new terminal in Ha Long city, Quang Ninh province - Photo: VGP",
    ["The terminal can berth ships of up to 225,000 gross tonnes and handle 8,000 passengers a day, the provincial People's Committee said at the opening ceremony.",
     "Cruise arrivals to Ha Long fell sharply during the pandemic but have recovered since 2023, with operators from Singapore, Hong Kong and Japan adding the bay to their Asian itineraries.",
     "The province plans to link the terminal with Van Don International Airport and the islands of Co To by high-speed boat, so that visitors can combine a cruise call with longer stays.",
     "Local authorities also announced stricter rules on waste from tourist boats, following complaints about plastic on the beaches of Bai Tu Long Bay."]),
    "Quang Ninh opens second international cruise terminal on Ha Long Bay", "2024-09-14T09:12+07:00",
    ["quang-ninh"], ["quang-ninh"]))

E.append(write(OUT, "02-hanoitimes-old-quarter-walking-streets.txt", hanoitimes(
    "Apr 5, 2024 / 18:45",
    "Hanoi extends weekend walking streets in the Old Quarter",
    "Seven more streets around Dong Xuan Market will be closed to motorbikes from Friday evening to Sunday night, Hoan Kiem District authorities said.",
    ["The new streets join the walking zone around Hoan Kiem Lake, which has drawn crowds every weekend since it opened in 2016.",
     "Shop owners on Hang Giay and Hang Chieu said they welcomed the change but asked the city to add parking lots nearby, as many of their customers come from outlying districts such as Dong Anh and Gia Lam.",
     "The Hanoi People's Committee will review the scheme after six months, looking at revenue, noise and traffic on the streets outside the zone.",
     "Visitors can find maps of the zone at the tourist information points near the lake and at Long Bien railway station."]),
    "Hanoi extends weekend walking streets in the Old Quarter", "2024-04-05T18:45+07:00",
    ["ha-noi"], ["ha-noi"]))

E.append(write(OUT, "03-vna-sa-pa-terraced-fields.txt", vna(
    "Terraced rice fields in Mu Cang Chai district, Yen Bai province, a few hours' drive from Sa Pa",
    ["Lao Cai (VNA) – The northern mountainous province of Lao Cai will hold its terraced field festival in Sa Pa town from September 20 to 30, the provincial Department of Culture, Sports and Tourism said.",
     "The festival includes photo exhibitions, a rice harvest with Hmong and Dao farmers, and trekking routes through the villages of Ta Van and Lao Chai.",
     "Lao Cai welcomed more than 5 million visitors last year, most of them to Sa Pa and the cable car to the summit of Fansipan.",
     "Officials said the festival would be held together with neighbouring Yen Bai, whose terraces in Mu Cang Chai are a national scenic site, so that visitors can travel between the two provinces on one ticket."],
    title="Lao Cai to hold terraced field festival in Sa Pa", date="12/09/2024 16:20"),
    "Lao Cai to hold terraced field festival in Sa Pa", "2024-09-12T16:20+07:00",
    ["lao-cai"], ["lao-cai", "yen-bai"]))

E.append(write(OUT, "04-vns-hue-citadel-restoration.txt", vns(
    "Restoration of Kien Trung Palace completed in Hue",
    "October 8, 2024 - 10:30",
    "HUẾ",
    "The Hue Monuments Conservation Centre on Monday reopened Kien Trung Palace inside the Imperial City after four years of restoration.",
    ["The two-storey palace, built in the 1920s under Emperor Khai Dinh, mixes Vietnamese and French styles and had been reduced to its foundations by war.",
     "Architects rebuilt it from photographs and drawings kept in France and in the centre's archives, the centre's director said.",
     "Thua Thien-Hue, which became Hue City under central management at the start of 2025, plans to restore several more buildings of the citadel by 2030, funded partly by ticket sales.",
     "The palace will be open to visitors from 7am to 5.30pm every day, with evening tours during the Hue Festival."]),
    "Restoration of Kien Trung Palace completed in Hue", "2024-10-08T10:30+07:00",
    ["thua-thien-hue"], ["thua-thien-hue"]))

E.append(write(OUT, "05-vnexpress-da-nang-son-tra.txt", vnexpress(
    "Da Nang limits visitors to Son Tra Peninsula to protect langurs",
    "Da Nang will cap the number of vehicles going up Son Tra Peninsula from next month to protect its red-shanked douc langurs, the city's tourism department said.",
    "Tuesday, June 11, 2024 | 03:07 pm GMT+7",
    ["Only 300 cars and 1,500 motorbikes a day will be allowed on the road to the peak, and electric shuttles will run from the foot of the peninsula.",
     "Conservation groups estimate that some 1,300 langurs live in the forest, one of the largest populations of the species anywhere.",
     "The department also plans to move ticket booths from Hai Phong Street in the city centre to a new visitor centre at the foot of the peninsula.",
     "Danang welcomed 10.9 million visitors last year, many of whom also visited Hoi An in neighbouring Quang Nam province."],
    "A red-shanked douc langur on Son Tra Peninsula"),
    "Da Nang limits visitors to Son Tra Peninsula to protect langurs", "2024-06-11T15:07+07:00",
    ["da-nang"], ["da-nang", "quang-nam"]))

E.append(write(OUT, "06-tuoitre-hcmc-metro.txt", tuoitre(
    "Ho Chi Minh City's first metro line carries 1 million passengers in a month",
    "Jan 22, 2025, 14:05 GMT+7",
    ["Ho Chi Minh City's Ben Thanh – Suoi Tien metro line carried its millionth passenger on Tuesday, less than a month after it opened to the public, the city's urban railway board said.",
     "The 19.7-kilometre line runs from Ben Thanh Market in District 1 to the Suoi Tien theme park in Thu Duc City, with 14 stations.",
     "Trains were most crowded at weekends, when families rode the line to see the city from its elevated section.",
     "The board said it would add trains at rush hour and study an extension of the line to Binh Duong, where many commuters live."],
    "Passengers on an elevated section of metro line 1 in Thu Duc City."),
    "Ho Chi Minh City's first metro line carries 1 million passengers in a month", "2025-01-22T14:05+07:00",
    ["ho-chi-minh-city"], ["ho-chi-minh-city", "binh-duong"]))

E.append(write(OUT, "07-vllf-can-tho-expressway.txt", vllf(
    "The Can Tho – Ca Mau expressway opened its first 110-kilometre section in December 2024, cutting the drive from Can Tho city to Ca Mau by almost two hours, the Ministry of Transport said.",
    "A section of the Can Tho – Ca Mau expressway",
    ["The road passes through Hau Giang and Bac Lieu and links with the Trung Luong – My Thuan – Can Tho expressway to Ho Chi Minh City.",
     "Its construction had been delayed by a shortage of sand for the embankments, which contractors finally brought in from the Mekong River under special licences.",
     "The ministry said the expressway would carry agricultural and seafood products from the southernmost provinces to the ports of the Southeast more cheaply.",
     "Under the Law on Roads, the operator must keep service areas at least every 50 kilometres; two are still under construction."]),
    "The Can Tho – Ca Mau expressway opened its first 110-kilometre section in December 2024, cutting the drive…", None,
    ["can-tho", "ca-mau"], ["can-tho", "ca-mau", "hau-giang", "bac-lieu", "ho-chi-minh-city"]))

E.append(write(OUT, "08-vgp-dak-lak-coffee-festival.txt", vgp(
    "Buon Ma Thuot Coffee Festival draws buyers from 20 countries",
    "The ninth Buon Ma Thuot Coffee Festival opened in the Central Highlands province of Dak Lak on Monday with trade fairs, tastings and a parade of ethnic groups.",
    "March 11, 2025 8:30 PM GMT+7",
    "Ede women perform at the opening of the coffee festival in Buon Ma Thuot city, Dak Lak province",
    ["Dak Lak grows about a third of Viet Nam's robusta coffee, and buyers from Europe, Japan and the Middle East signed contracts for specialty beans during the first day.",
     "The provincial People's Committee said growers who replanted old trees and adopted water-saving irrigation had seen yields rise by up to 20 percent.",
     "Neighbouring Dak Nong and Gia Lai also brought their farmers' cooperatives to the fair.",
     "The festival runs until March 15 and includes a coffee street in the centre of Buon Ma Thuot, open to visitors free of charge."]),
    "Buon Ma Thuot Coffee Festival draws buyers from 20 countries", "2025-03-11T20:30+07:00",
    ["dak-lak"], ["dak-lak", "dak-nong", "gia-lai"]))

E.append(write(OUT, "09-vna-mekong-salinity.txt", vna(
    "Farmers in Ben Tre store fresh water in plastic tanks",
    ["Ben Tre (VNA) – Saltwater has pushed up to 60 kilometres inland along the rivers of Ben Tre, Tra Vinh and Soc Trang, earlier than in most years, the Southern Institute of Water Resources Research said on Thursday.",
     "In Ben Tre, the worst hit, authorities closed sluice gates and trucked fresh water to households in the coastal districts of Binh Dai and Ba Tri.",
     "Tra Vinh has asked farmers to delay sowing the next rice crop by two weeks, while Soc Trang is using reservoirs built after the drought of 2020.",
     "The institute expects salinity to peak in late March and advised farmers in Ben Tre and Tra Vinh to harvest fruit early.",
     "Soc Trang said its reservoirs held enough water for about 30 days."],
    title="Salinity reaches deep into Mekong Delta provinces", date="22/02/2024 09:45"),
    "Salinity reaches deep into Mekong Delta provinces", "2024-02-22T09:45+07:00",
    ["ben-tre", "tra-vinh", "soc-trang"], ["ben-tre", "tra-vinh", "soc-trang"]))

E.append(write(OUT, "10-hanoitimes-hai-phong-nam-dinh-vu.txt", hanoitimes(
    "Nov 2, 2024 / 09:10",
    "Hai Phong approves new berths at Nam Dinh Vu port",
    "The port city will add four container berths at the Nam Dinh Vu industrial zone, raising its capacity by 1.5 million TEU a year.",
    ["The berths will be built by a consortium of domestic logistics companies and are due to open in 2027, according to the Hai Phong People's Committee.",
     "Nam Dinh Vu lies on the estuary of the Bach Dang River and already hosts petrochemical depots and a gas power plant.",
     "Shipping lines have been moving larger vessels to the Lach Huyen deep-water port on Cat Hai island, and the new berths will serve feeder ships that carry goods between Lach Huyen and the inland ports.",
     "Hai Phong handled more than 30 million tonnes of cargo in the first ten months of the year."]),
    "Hai Phong approves new berths at Nam Dinh Vu port", "2024-11-02T09:10+07:00",
    ["hai-phong"], ["hai-phong"]))

E.append(write(OUT, "11-tuoitre-vi-da-lat-hoa.txt",
    "Festival Hoa Đà Lạt lần thứ 10 khai mạc\n20/12/2024 19:30 GMT+7\n\n"
    "Tối 20-12, Festival Hoa Đà Lạt lần thứ 10 đã khai mạc tại Quảng trường Lâm Viên, TP Đà Lạt, tỉnh Lâm Đồng, với chủ đề \"Đà Lạt - Kỳ diệu sắc hoa\".\n\n"
    "Hàng nghìn người dân và du khách đã có mặt từ chiều để xem chương trình nghệ thuật và pháo hoa bên hồ Xuân Hương.\n\n"
    "Người đẹp trong bộ áo dài hoa tại lễ khai mạc. Ảnh: Tuổi Trẻ\n\n"
    "\"Chúng tôi mong muốn mỗi bông hoa là một thông điệp về hòa bình và tình yêu thương\", đại diện ban tổ chức chia sẻ.\n\n"
    "Trong 10 ngày diễn ra festival, tỉnh Lâm Đồng tổ chức hội chợ nông sản, lễ hội đường phố và triển lãm hoa lan. Nhiều du khách từ TP.HCM và Hà Nội đã đặt phòng kín các khách sạn ở trung tâm thành phố.\n",
    "Festival Hoa Đà Lạt lần thứ 10 khai mạc", "2024-12-20T19:30+07:00",
    ["lam-dong"], ["lam-dong", "ho-chi-minh-city", "ha-noi"]))

E.append(write(OUT, "12-vnexpress-phu-quoc-visa.txt", vnexpress(
    "Phu Quoc international arrivals double as visa-free stays extended",
    "Phu Quoc island in Kien Giang province welcomed more than 600,000 foreign visitors in the first nine months, twice as many as a year earlier.",
    "Monday, October 7, 2024 | 11:20 am GMT+7",
    ["Foreigners can stay on the island for 30 days without a visa, and direct flights now link Phu Quoc with Seoul, Taipei, Bangkok and Mumbai.",
     "Hotels in the south of the island reported occupancy above 80 percent in September, normally the low season.",
     "The Kien Giang tourism department said it would spend more on waste collection and on the water supply, which was stretched during the peak months."],
    "Tourists on Sao Beach in the south of Phu Quoc"),
    "Phu Quoc international arrivals double as visa-free stays extended", "2024-10-07T11:20+07:00",
    ["kien-giang"], ["kien-giang"]))

HTML = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Hoi An lantern nights return to the Thu Bon River | VietnamPlus</title>
<meta property="og:title" content="Hoi An lantern nights return to the Thu Bon River">
<meta property="article:published_time" content="2024-08-17T21:15:00+07:00">
<link rel="canonical" href="https://en.vietnamplus.vn/hoi-an-lantern-nights-return-post291544.vnp">
<script>window.ads = [];</script>
</head><body>
<header><nav><ul><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li><li><a href="/hanoi">Ha Noi</a></li><li><a href="/hcmc">HCM City</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">Home</a> / <a href="/travel">Travel</a></div>
<article>
<h1>Hoi An lantern nights return to the Thu Bon River</h1>
<div class="sapo">Quang Nam (VNA) – The ancient town of Hoi An turned off its street lights on Saturday for the first full-moon lantern night of the summer, after floods cancelled the event in July.</div>
<div class="article__body">
<p>Thousands of visitors floated paper lanterns on the Thu Bon River as shops in the old quarter lit only candles and silk lanterns.</p>
<figure><img src="https://media.vietnamplus.vn/hoi-an.jpg" alt=""><figcaption>Lanterns on the Thu Bon River in Hoi An (Photo: VNA)</figcaption></figure>
<p>The town's People's Committee said it would cap the number of boats on the river during the monthly event, after crowding last year.</p>
<p>Hoi An, a UNESCO World Heritage Site since 1999, welcomed 4 million visitors last year, many of whom travelled from Da Nang airport, 30 kilometres to the north.</p>
<p>The next lantern night falls on September 15, during the Mid-Autumn Festival./.</p>
</div>
<div class="related"><h3>Related news</h3><ul><li><a href="/x">Hanoi hosts lantern fair</a></li><li><a href="/y">Ho Chi Minh City lights up Nguyen Hue Street</a></li></ul></div>
</article>
<footer>Copyright VNA. Ha Noi, Viet Nam</footer>
</body></html>
"""
E.append(write(OUT, "13-vietnamplus-hoi-an-lanterns.html", HTML,
    "Hoi An lantern nights return to the Thu Bon River", "2024-08-17T21:15+07:00",
    ["quang-nam"], ["quang-nam", "da-nang"]))

with open(os.path.join(OUT, "index.txt"), "w") as f:
    f.write("# Sample articles loaded into a new database on first run, in this order.\n")
    for e in E:
        f.write(e["file"] + "\n")
exp_dir = os.path.join(ROOT, "src", "test", "resources", "golden")
os.makedirs(exp_dir, exist_ok=True)
with open(os.path.join(exp_dir, "samples.expected.json"), "w") as f:
    json.dump(E, f, ensure_ascii=False, indent=1)
print(len(E), "samples")
