import zlib
# Labelled pages in the layouts of pages really saved from the outlets (read with the search tool, 2026-12-01):
# chrome above the headline, headlines and captions printed twice, bylines with dates, outlet codes opening the
# lead, sign-offs, footers. Every sentence is ours, about real places; none is copied from an outlet.
# Each entry: file, text, title, published, about, mentioned, source.

def _j(paras):
    return "\n\n".join(paras)


def tuoitrenews(title, date, paras, caption=None):
    cap = f"\n\n{caption} Photo: Tuoi Tre" if caption else ""
    return (f"JavaScript is off. Please enable to view full site.\n\nTuoi Tre News\nSociety\n\n{title}\n\n{title}\n\n"
            f"{date}\n\n{paras[0]}{cap}\n\n" + _j(paras[1:]) + "\n")


def vnexpress_intl(title, byline, date, paras, image):
    return (f"VnExpress International\nLog in\nNews | Society\n{image}\n\n{title}\n\nBy {byline}   {date}\n\n"
            + _j(paras) + "\n")


def vietnamnet(title, date, paras, section="Business | Economy"):
    return (f"VietNamNet Global\nreturn icon\n{section}\n{{keywords}}\n\n{title}\n\n{date}\n\n" + _j(paras)
            + "\n\nRelated\nMore news from VietNamNet\n")


def vns_saved(title, date, dateline, paras):
    return (f"Viet Nam News\nPOLITICS & LAW ECONOMY SOCIETY LIFE & STYLE\n![]() |\n\n{title}\n\n{date}\n\n"
            f"{dateline} — {paras[0]}\n\n" + _j(paras[1:]) + " — VNS\n")


def sggp(title, date, lead, caption, paras):
    return (f"SGGP English Edition\n\n{title}\n\n{date}\n\n{lead}\n\n{lead}\n\n{caption} (Photo: SGGP)\n"
            f"{caption} (Photo: SGGP)\n\n" + _j(paras) + "\n\nOther news\n")


def vov(title, date, lead, paras):
    return f"VOV.VN\n\n{title}\n\n{title}\n\n{date}\n\n(VOVWORLD) - {lead}\n\n" + _j(paras) + "\n"


def nhandan(title, date, lead, paras):
    return f"Nhan Dan Online\nPolitics\n\n{title}\n\n{date}\n\nNDO - {lead}\n\n" + _j(paras) + "\n"


def qdnd(title, date, lead, paras):
    return f"People's Army Newspaper\nDefence\n\n{title}\n\n{title}\n\n{date}\n\n{lead}\n\n" + _j(paras) + "\n"


def vir(title, date, author, paras):
    return f"Vietnam Investment Review\nInvesting\n\n{title}\n\n{date}\n\n{author}\n\n" + _j(paras) + "\n"


def dtinews(title, date, lead, paras):
    return f"Dtinews\nSociety\n\n{title}\n\n{date}\n\n{lead}\n\n" + _j(paras) + "\n\n© Dan Tri International\n"


def laodong_en(title, date, place, lead, paras):
    return f"Society\n\n{title}\n\n|\n\n{date}\n\n{place} - {lead}\n\n" + _j(paras) + "\n\n© Lao Dong Online\n"


def laodong_vi(title, byline, date, paras):
    return f"Báo Lao Động\nXã hội\n\n{title}\n\n{byline} |\n\n{date}\n\n" + _j(paras) + "\n"


def vnexpress_vi(title, date, paras, section="Thời sự"):
    return f"VnExpress\n{section}\n\n{title}\n\n{date}\n\n" + _j(paras) + "\n"


def tuoitre_vi(title, date, paras):
    return f"Tuổi Trẻ Online\nThời sự\n\n{title}\n\n{date}\n\n" + _j(paras) + "\n"


def thanhnien(title, date, paras):
    return f"Báo Thanh Niên\nThời sự\n\n{title}\n\n{date}\n\n" + _j(paras) + "\n"


def znews(title, date, paras):
    return f"ZNEWS\nXã hội\n\n{title}\n\n{date}\n\n" + _j(paras) + "\n"


def cand(title, date, paras):
    return f"Báo Công an nhân dân\nAn ninh trật tự\n\n{title}\n\n{date}\n\n" + _j(paras) + "\n"


def plo(title, date, lead, paras):
    return f"Pháp Luật TP.HCM\nThời sự\n\n{title}\n\n{date}\n\n(PLO)- {lead}\n\n" + _j(paras) + "\n"


def provincial(title, stamp, lead, paras, code="BTO"):
    # a provincial paper's English page: a section and a time stamp with a view count, a teaser cut short
    return (f"SOCIETY Updated at {stamp} (Views: 512)\n{title[:28]}\n\n{title}\n\n{code}- {lead}\n\n" + _j(paras)
            + "\n\nTranslated by Staff\n\nView by date\nSupport online Hotline: 0900 000 000\n")


def economy(stamp, title, author, paras):
    return f"{stamp}\n\n{title}\n\n{author}\n\n" + _j(paras) + "\n\nPhoto: Illustration\nPhoto: Illustration\n"


def vgp_portal(title, date, lead, paras):
    return (f"Vietnam Government Portal\nJavaScript is off. Please enable to view full site.\n\n{title}\n\nVGP - {lead}\n\n"
            f"{date}\n\n" + _j(paras) + "/.\n")


def vna_saved(title, date, caption, dateline, paras):
    return (f"VietnamPlus\n\n{title}\n\n{date}\n\n{caption} (Photo: VNA)\n{caption} (Photo: VNA)\n\n{dateline} (VNA) – "
            + _j(paras) + "-VNA\n")


def hanoitimes_code(title, date, lead, paras):
    return f"Hanoi Times\n{date}\n\n{title}\n\nThe Hanoitimes - {lead}\n\n" + _j(paras) + "\n"


def html_page(outlet, host, title, date_iso, author, paras, caption, section="News"):
    body = "".join(f"<p>{p}</p>" for p in paras[1:])
    return (f"<!DOCTYPE html><html><head><meta charset=utf-8><title>{title} | {outlet}</title>"
            f"<meta property=\"og:site_name\" content=\"{outlet}\"><meta property=\"og:title\" content=\"{title}\">"
            f"<link rel=\"canonical\" href=\"https://{host}/news/{zlib.crc32(title.encode()) % 10**7}.html\">"
            f"<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
            f"\"headline\":\"{title}\",\"datePublished\":\"{date_iso}\",\"author\":{{\"@type\":\"Person\",\"name\":\"{author}\"}}}}"
            f"</script></head><body><header><div class=logo><a href=/>{outlet}</a></div><nav><ul>"
            f"<li><a href=/news>{section}</a></li><li><a href=/business>Business</a></li><li><a href=/travel>Travel</a></li>"
            f"<li><a href=/life>Life</a></li></ul></nav></header><main><article><h1>{title}</h1>"
            f"<div class=meta><span class=author>{author}</span> <time datetime=\"{date_iso}\">{date_iso[:10]}</time></div>"
            f"<div class=article-body><p class=lead>{paras[0]}</p><figure><img src=\"https://{host}/i/1.jpg\">"
            f"<figcaption>{caption}</figcaption></figure>{body}<div class=share><a href=#>Facebook</a> <a href=#>Email</a></div>"
            f"</div></article><aside class=related><h3>Related news</h3><ul><li><a href=/a>Another story about the economy</a>"
            f"</li><li><a href=/b>Weather for the weekend across the country</a></li></ul></aside></main>"
            f"<footer>© {outlet}. All rights reserved.</footer></body></html>\n")


def pages(add):
    E = []

    def a(*args, **kw):
        E.append(add(*args, **kw))

    # --- Tuoi Tre News (English): banner, masthead, section, headline twice, month-first dates
    a("h01-tuoitrenews-cai-rang.txt", tuoitrenews("Can Tho dredges channel to keep Cai Rang floating market afloat",
      "12/09/2024 08:20 GMT+7",
      ["Can Tho is dredging the channel at Cai Rang floating market so that the larger boats of fruit traders can reach it at low tide, the city's transport department said on Monday.",
       "The market has shrunk as traders move to roads, and the city wants to keep it as a draw for visitors.",
       "The work will end before the Lunar New Year, when the market is busiest."], "Boats at Cai Rang floating market."),
      "Can Tho dredges channel to keep Cai Rang floating market afloat", "2024-12-09T08:20+07:00", ["can-tho"], [], source="tuoi-tre")
    a("h02-tuoitrenews-ben-tre-coconut.txt", tuoitrenews("Ben Tre coconut farmers turn to shell charcoal",
      "Tuesday, March 4, 2025, 10:05 GMT+7",
      ["Coconut farmers in Ben Tre province are selling shells to charcoal makers, earning a second income from a crop whose fruit prices have fallen.",
       "Factories in the province export the charcoal to Japan and South Korea for water filters.",
       "Traders from Tien Giang have started to buy shells in Ben Tre too."]),
      "Ben Tre coconut farmers turn to shell charcoal", "2025-03-04T10:05+07:00", ["ben-tre"], ["tien-giang"], source="tuoi-tre")
    a("h03-tuoitrenews-hcmc-metro-2.txt", tuoitrenews("Ho Chi Minh City plans second metro line to Tay Ninh border",
      "11/20/2024 14:45 GMT+7",
      ["Ho Chi Minh City has asked the government to extend its second metro line beyond Cu Chi towards Tay Ninh province, the city's urban railway board said.",
       "The line would carry commuters from the northwest of the city to Ben Thanh in the centre.",
       "Tay Ninh said it would reserve land for a depot near the provincial border."]),
      "Ho Chi Minh City plans second metro line to Tay Ninh border", "2024-11-20T14:45+07:00",
      ["ho-chi-minh-city", "tay-ninh"], [], source="tuoi-tre")

    # --- VnExpress International: masthead, Log in, section path, image file name, byline date line
    a("h04-vnexpress-sapa-rice.txt", vnexpress_intl("Sa Pa terraced fields draw record visitors at harvest", "Quynh Tran",
      "September 15, 2024 | 07:30 am GMT+7",
      ["More than 200,000 visitors came to Sa Pa in Lao Cai province in the first half of September to see the terraced rice fields turn gold before the harvest.",
       "Homestays in the valleys of Ta Van and Lao Chai were full on weekends, owners said.",
       "The town has asked tour operators to keep groups on marked paths so that the terraces are not damaged."], "sapa terraces 2024.jpg"),
      "Sa Pa terraced fields draw record visitors at harvest", "2024-09-15T07:30+07:00", ["lao-cai"], [], source="vnexpress")
    a("h05-vnexpress-phu-quoc-ferry.txt", vnexpress_intl("New ferry route links Phu Quoc and Rach Gia in two hours", "Hoang Phong",
      "February 2, 2025 | 04:10 pm GMT+7",
      ["A high-speed ferry now links Phu Quoc island and Rach Gia in Kien Giang province in two hours, half the time of the old boats.",
       "The operator runs four trips a day and plans more in the summer.",
       "Tourists from Can Tho and Ho Chi Minh City often travel to Rach Gia by coach to catch the ferry."], "ferry phu quoc.jpg"),
      "New ferry route links Phu Quoc and Rach Gia in two hours", "2025-02-02T16:10+07:00", ["kien-giang"],
      ["can-tho", "ho-chi-minh-city"], source="vnexpress")
    a("h06-vnexpress-ninh-binh-boats.txt", vnexpress_intl("Ninh Binh caps boat numbers on Trang An river", "Minh Chau",
      "June 8, 2025 | 09:45 am GMT+7",
      ["Ninh Binh will allow no more than 1,500 rowing boats a day on the rivers of the Trang An scenic landscape complex from July, to protect the caves and the rowers.",
       "Visitors will be asked to book in advance on busy days.",
       "The province said the rowers, mostly women from nearby villages, would have their pay raised."], "trang an boats.jpg"),
      "Ninh Binh caps boat numbers on Trang An river", "2025-06-08T09:45+07:00", ["ninh-binh"], [], source="vnexpress")

    # --- VietNamNet Global: masthead, return icon, section strip, placeholder, day-first dates
    a("h07-vietnamnet-quang-ninh-coal.txt", vietnamnet("Quang Ninh mines cut coal output to protect Ha Long Bay",
      "11/05/2025 09:10",
      ["Coal mines in Quang Ninh province will cut output near Ha Long Bay by a tenth this year to reduce dust and waste water reaching the bay, the province said.",
       "Two open-cast mines close to Ha Long city will stop digging and plant forest on their slopes.",
       "The coal group said miners would be moved to pits further from the coast."]),
      "Quang Ninh mines cut coal output to protect Ha Long Bay", "2025-05-11T09:10+07:00", ["quang-ninh"], [], source="vietnamnet")
    a("h08-vietnamnet-da-nang-port.txt", vietnamnet("Da Nang starts building Lien Chieu port",
      "04/02/2025 15:30",
      ["Da Nang has started building the main berths of Lien Chieu port, which will take ships of up to 100,000 tonnes when it opens in 2027.",
       "The port is meant to take container traffic from the old Tien Sa port near the city centre.",
       "Businesses in Quang Nam and Thua Thien Hue are expected to ship through the new port."]),
      "Da Nang starts building Lien Chieu port", "2025-02-04T15:30+07:00", ["da-nang"], ["quang-nam", "thua-thien-hue"],
      source="vietnamnet")
    a("h09-vietnamnet-ha-giang-buckwheat.txt", vietnamnet("Ha Giang buckwheat flower season brings homestay boom",
      "23/11/2024 20:15", [
       "The buckwheat flower season on the Dong Van karst plateau in Ha Giang province has filled homestays in Dong Van and Meo Vac every weekend this month.",
       "Farmers plant the flowers on fields left after the maize harvest and charge visitors a small fee for photographs.",
       "The province expects more than 300,000 visitors by the end of the year."], section="Travel"),
      "Ha Giang buckwheat flower season brings homestay boom", "2024-11-23T20:15+07:00", ["ha-giang"], [], source="vietnamnet")

    # --- Viet Nam News: masthead, topic strip in capitals, placeholder, dateline, VNS sign-off
    a("h10-vns-hue-citadel.txt", vns_saved("Hue restores Hien Nhon gate of the citadel", "December 3, 2024 - 08:45", "HUẾ",
      ["Restorers have finished rebuilding the roof of the Hien Nhon gate, the eastern entrance of the citadel in Hue, after two years of work with traditional tiles.",
       "The gate will reopen to walkers at the end of the month.",
       "The Hue Monuments Conservation Centre plans to restore two more gates next year"]),
      "Hue restores Hien Nhon gate of the citadel", "2024-12-03T08:45+07:00", ["thua-thien-hue"], [], source="vietnam-news")
    a("h11-vns-soc-trang-ooc-om-bok.txt", vns_saved("Soc Trang prepares for Ok Om Bok boat races", "November 10, 2024 - 17:20", "SÓC TRĂNG",
      ["More than 60 ngo boat teams will race on the Maspero river in Soc Trang city this week during the Ok Om Bok festival of the Khmer community.",
       "Teams from Tra Vinh and Bac Lieu will also take part.",
       "The festival includes lantern releases and a night market by the river"]),
      "Soc Trang prepares for Ok Om Bok boat races", "2024-11-10T17:20+07:00", ["soc-trang"], ["tra-vinh", "bac-lieu"],
      source="vietnam-news")
    a("h12-vns-gia-lai-coffee.txt", vns_saved("Gia Lai coffee growers switch to drip irrigation", "April 22, 2025 - 10:00", "GIA LAI",
      ["Coffee growers in Gia Lai province have switched 12,000 hectares to drip irrigation, halving the water they pump from wells in the dry season.",
       "The province gives growers part of the cost of the pipes.",
       "Neighbouring Kon Tum has started a similar scheme"]),
      "Gia Lai coffee growers switch to drip irrigation", "2025-04-22T10:00+07:00", ["gia-lai"], ["kon-tum"], source="vietnam-news")

    # --- SGGP: lead and caption printed twice, "Other news" footer
    a("h13-sggp-can-gio-bridge.txt", sggp("Construction begins on Can Gio bridge in Ho Chi Minh City", "09/03/2025 11:20",
      "Ho Chi Minh City started building the Can Gio bridge on Sunday, which will replace the ferry across the Soai Rap river to the coastal district of Can Gio.",
      "Leaders at the ground-breaking ceremony for Can Gio bridge",
      ["The cable-stayed bridge will be 7.3 kilometres long with its approach roads and is due to open in 2027.",
       "Residents of Can Gio now wait up to an hour for the ferry on holidays."]),
      "Construction begins on Can Gio bridge in Ho Chi Minh City", "2025-03-09T11:20+07:00", ["ho-chi-minh-city"], [], source="sggp")
    a("h14-sggp-binh-duong-metro.txt", sggp("Binh Duong and Ho Chi Minh City agree on metro link", "18/12/2024 16:00",
      "Binh Duong province and Ho Chi Minh City have agreed to build a metro line from Thu Dau Mot city to the Suoi Tien terminal of the city's first metro line.",
      "The end of Ho Chi Minh City's first metro line at Suoi Tien",
      ["The line would be about 30 kilometres long and carry workers from industrial parks in Binh Duong.",
       "The two localities will ask the government for a loan to prepare the project."]),
      "Binh Duong and Ho Chi Minh City agree on metro link", "2024-12-18T16:00+07:00", ["binh-duong", "ho-chi-minh-city"], [],
      source="sggp")

    # --- VOV: masthead, headline twice, (VOVWORLD) code
    a("h15-vov-son-la-plums.txt", vov("Son La farmers dry plums for Tet market", "07/01/2025 14:30",
      "Plum growers in Moc Chau district of Son La province have started drying this year's late crop for the Lunar New Year market, when dried plums sell for twice the fresh price.",
      ["Cooperatives in the district have bought new drying ovens with help from the province.",
       "Buyers from Hanoi have already ordered most of the dried fruit."]),
      "Son La farmers dry plums for Tet market", "2025-01-07T14:30+07:00", ["son-la"], ["ha-noi"], source="vov")
    a("h16-vov-quang-binh-caves.txt", vov("Quang Binh opens new cave tour in Phong Nha", "15/04/2025 09:00",
      "Quang Binh province has opened a new two-day tour to a cave system in the Phong Nha - Ke Bang national park, limited to ten visitors a group.",
      ["Guides and porters are hired from villages in the park's buffer zone.",
       "The province says the limit protects the cave's formations."]),
      "Quang Binh opens new cave tour in Phong Nha", "2025-04-15T09:00+07:00", ["quang-binh"], [], source="vov")

    # --- Nhan Dan: masthead, section, NDO code
    a("h17-nhandan-dien-bien.txt", nhandan("Dien Bien Phu victory museum renews its exhibition", "Sat, March 8, 2025, 09:15",
      "The Dien Bien Phu historical victory museum in Dien Bien province has renewed its main exhibition with letters and photographs donated by veterans' families.",
      ["The museum received more than 300 items in the past year.",
       "School groups from Lai Chau and Son La visit the museum every spring."]),
      "Dien Bien Phu victory museum renews its exhibition", "2025-03-08T09:15+07:00", ["dien-bien"], ["lai-chau", "son-la"],
      source="nhan-dan")
    a("h18-nhandan-thai-binh-rice.txt", nhandan("Thai Binh farmers mechanise rice transplanting", "Mon, February 17, 2025, 15:40",
      "Farmers in Thai Binh province have used transplanting machines on two-fifths of their spring rice this year, twice as much as five years ago.",
      ["Cooperatives rent the machines to members for a fee per sao.",
       "The province's agriculture department says machines cut costs and save seed."]),
      "Thai Binh farmers mechanise rice transplanting", "2025-02-17T15:40+07:00", ["thai-binh"], [], source="nhan-dan")

    # --- People's Army Newspaper: masthead, headline twice, weekday date
    a("h19-qdnd-quang-tri-mines.txt", qdnd("Quang Tri clears wartime bombs from farmland", "Friday, October 31, 2025, 08:13 (GMT+7)",
      "Army engineers in Quang Tri province cleared more than 400 hectares of farmland of wartime bombs and mines in the first ten months of the year.",
      ["The cleared land was returned to farmers in Gio Linh and Vinh Linh districts.",
       "The provincial military command said the work would go on for many years."]),
      "Quang Tri clears wartime bombs from farmland", "2025-10-31T08:13+07:00", ["quang-tri"], [], source="qdnd")
    a("h20-qdnd-khanh-hoa-navy.txt", qdnd("Naval Region 4 brings Tet gifts to Khanh Hoa islands", "Monday, January 20, 2025, 16:05 (GMT+7)",
      "A ship of Naval Region 4 left Cam Ranh in Khanh Hoa province on Monday carrying Tet gifts and mail for soldiers and residents on the islands.",
      ["The voyage will take about two weeks.",
       "Artists from Ho Chi Minh City are on board to perform for the soldiers."]),
      "Naval Region 4 brings Tet gifts to Khanh Hoa islands", "2025-01-20T16:05+07:00", ["khanh-hoa"], ["ho-chi-minh-city"],
      source="qdnd")

    # --- Vietnam Investment Review: masthead, section, date, author name alone under the headline
    a("h21-vir-bac-ninh-chips.txt", vir("Bac Ninh licenses new electronics plant", "March 10, 2025 | 16:40", "Ha Vy",
      ["Bac Ninh province has licensed a US$300 million plant to make circuit boards at the Yen Phong industrial park, its largest foreign project this year.",
       "The plant will employ about 3,000 workers when it reaches full output.",
       "Investors have also looked at land in Bac Giang and Hai Duong."]),
      "Bac Ninh licenses new electronics plant", "2025-03-10T16:40+07:00", ["bac-ninh"], ["bac-giang", "hai-duong"], source="vir")
    a("h22-vir-long-an-logistics.txt", vir("Long An approves logistics centre near Ho Chi Minh City", "December 5, 2024 | 09:25", "Thanh Dat",
      ["Long An province has approved a logistics centre of 60 hectares in Ben Luc district, close to the border with Ho Chi Minh City.",
       "The centre will have warehouses, a container yard and a customs station.",
       "Its investor expects the first warehouses to open in 2026."]),
      "Long An approves logistics centre near Ho Chi Minh City", "2024-12-05T09:25+07:00", ["long-an"], ["ho-chi-minh-city"],
      source="vir")

    # --- Dan Tri International: masthead, copyright line
    a("h23-dtinews-nghe-an-flood.txt", dtinews("Nghe An villagers move to safer ground before flood season", "14/08/2025 10:30",
      "More than 200 families in the mountain districts of Nghe An province are moving to new villages away from streams that flooded last year.",
      ["The province has built houses, a school and a clinic at the new sites.",
       "Families get a grant for each house and land to farm."]),
      "Nghe An villagers move to safer ground before flood season", "2025-08-14T10:30+07:00", ["nghe-an"], [], source="dan-tri")
    a("h24-dtinews-hai-phong-bridge.txt", dtinews("Hai Phong opens bridge over the Cam river", "02/09/2025 18:00",
      "Hai Phong opened a new bridge over the Cam river on Tuesday, linking the old city with the new urban area in Thuy Nguyen.",
      ["The bridge has six lanes and a path for walkers.",
       "Traffic on the old Binh bridge is expected to fall by a third."]),
      "Hai Phong opens bridge over the Cam river", "2025-09-02T18:00+07:00", ["hai-phong"], [], source="dan-tri")

    # --- Lao Dong English: section, bar line, place dateline with a hyphen
    a("h25-laodong-en-dak-lak-road.txt", laodong_en("Dak Lak repairs national highway 29 before the rainy season", "24/04/2025 | 08:15",
      "Dak Lak", "The province has started repairing the most damaged sections of National Highway 29, which links Dak Lak with the coast.",
      ["Potholes on the road have caused several accidents this year.",
       "The work should be finished before the rains in June."]),
      "Dak Lak repairs national highway 29 before the rainy season", "2025-04-24T08:15+07:00", ["dak-lak"], [], source="lao-dong")
    a("h26-laodong-en-thanh-hoa-voters.txt", laodong_en("Thanh Hoa brings ballot boxes to patients in hospital", "16/03/2026 | 11:40",
      "Thanh Hoa", "Police and election workers in Thanh Hoa carried ballot boxes to voters in hospital and at home on election day.",
      ["More than 2,000 voters in the province were unable to reach polling stations.",
       "Turnout in the province was above 99 percent."]),
      "Thanh Hoa brings ballot boxes to patients in hospital", "2026-03-16T11:40+07:00", ["thanh-hoa"], [], source="lao-dong")

    # --- Lao Dong Vietnamese: masthead, byline with a bar, day-first date with a bar
    a("h27-laodong-vi-nghe-an-cam.txt", laodong_vi("Nông dân Nghệ An thu hoạch cam sớm", "HẢI ĐĂNG", "08/10/2025 | 16:20",
      ["Nông dân trồng cam ở huyện Quỳ Hợp, tỉnh Nghệ An bắt đầu thu hoạch vụ cam năm nay sớm hơn mọi năm gần một tháng vì mùa hè nắng nóng.",
       "Thương lái từ Hà Nội đã đặt mua phần lớn sản lượng, nông dân cho biết.",
       "Giá cam năm nay cao hơn năm ngoái khoảng một phần năm."]),
      "Nông dân Nghệ An thu hoạch cam sớm", "2025-10-08T16:20+07:00", ["nghe-an"], ["ha-noi"], source="lao-dong")
    a("h28-laodong-vi-ca-mau-tom.txt", laodong_vi("Cà Mau mở rộng vùng nuôi tôm sinh thái", "NHẬT HỒ", "15/06/2025 | 09:05",
      ["Tỉnh Cà Mau sẽ mở rộng vùng nuôi tôm dưới tán rừng ngập mặn thêm 5.000 ha trong hai năm tới để nâng giá trị con tôm xuất khẩu.",
       "Tôm nuôi sinh thái được các nhà nhập khẩu châu Âu trả giá cao hơn.",
       "Các hợp tác xã sẽ được hỗ trợ cấp chứng nhận."]),
      "Cà Mau mở rộng vùng nuôi tôm sinh thái", "2025-06-15T09:05+07:00", ["ca-mau"], [], source="lao-dong")

    # --- VnExpress (Vietnamese): masthead, section, weekday date
    a("h29-vnexpress-vi-da-lat-hoa.txt", vnexpress_vi("Đà Lạt cấm xe tải lớn vào trung tâm dịp lễ hội hoa", "Thứ hai, 6/1/2025, 15:21 (GMT+7)",
      ["Thành phố Đà Lạt, tỉnh Lâm Đồng sẽ cấm xe tải trên 5 tấn vào trung tâm trong những ngày diễn ra lễ hội hoa để giảm ùn tắc.",
       "Du khách được khuyến khích gửi xe ở các bãi đỗ ngoài trung tâm và đi xe buýt miễn phí.",
       "Lễ hội năm nay dự kiến đón nửa triệu lượt khách."]),
      "Đà Lạt cấm xe tải lớn vào trung tâm dịp lễ hội hoa", "2025-01-06T15:21+07:00", ["lam-dong"], [], source="vnexpress-vi")
    a("h30-vnexpress-vi-hoi-an-lu.txt", vnexpress_vi("Phố cổ Hội An ngập sâu, du khách đi thuyền", "Thứ Bảy, 2/11/2024, 09:40 (GMT+7)",
      ["Nước sông Hoài dâng cao làm nhiều tuyến phố trong phố cổ Hội An, tỉnh Quảng Nam ngập sâu gần một mét sáng nay.",
       "Du khách được đưa đi tham quan bằng thuyền, các cửa hàng kê hàng lên cao.",
       "Mưa lớn cũng gây sạt lở ở các huyện miền núi của tỉnh."]),
      "Phố cổ Hội An ngập sâu, du khách đi thuyền", "2024-11-02T09:40+07:00", ["quang-nam"], [], source="vnexpress-vi")

    # --- Tuoi Tre (Vietnamese) and Thanh Nien: masthead, section, day-first dates
    a("h31-tuoitre-vi-vung-tau.txt", tuoitre_vi("Vũng Tàu làm đường đi bộ ven biển Bãi Sau", "20/05/2025 07:45 GMT+7",
      ["Thành phố Vũng Tàu, tỉnh Bà Rịa - Vũng Tàu khởi công tuyến đường đi bộ dài ba km dọc Bãi Sau, dự kiến hoàn thành trước mùa du lịch năm sau.",
       "Tuyến đường có cây xanh, ghế nghỉ và đèn chiếu sáng.",
       "Khách từ TP.HCM chiếm phần lớn lượng du khách đến Vũng Tàu cuối tuần."]),
      "Vũng Tàu làm đường đi bộ ven biển Bãi Sau", "2025-05-20T07:45+07:00", ["ba-ria-vung-tau"], ["ho-chi-minh-city"],
      source="tuoi-tre-vi")
    a("h32-thanhnien-quy-nhon.txt", thanhnien("Quy Nhơn đón chuyến tàu du lịch quốc tế đầu năm", "06/01/2025 15:21 GMT+7",
      ["Cảng Quy Nhơn, tỉnh Bình Định đón tàu du lịch chở hơn 2.000 khách quốc tế, chuyến đầu tiên của năm.",
       "Du khách tham quan tháp Chăm và làng nghề quanh thành phố.",
       "Tỉnh dự kiến đón thêm mười chuyến tàu trong năm nay."]),
      "Quy Nhơn đón chuyến tàu du lịch quốc tế đầu năm", "2025-01-06T15:21+07:00", ["binh-dinh"], [], source="thanh-nien")
    a("h33-thanhnien-phu-yen.txt", thanhnien("Phú Yên mở lại đường lên Gành Đá Đĩa", "11/05/2025 10:10 GMT+7",
      ["Tỉnh Phú Yên đã sửa xong con đường dẫn vào thắng cảnh Gành Đá Đĩa và mở lại cho du khách từ hôm nay.",
       "Con đường bị sạt lở sau đợt mưa lũ cuối năm ngoái.",
       "Ban quản lý cho biết sẽ giới hạn số khách vào giờ cao điểm."]),
      "Phú Yên mở lại đường lên Gành Đá Đĩa", "2025-05-11T10:10+07:00", ["phu-yen"], [], source="thanh-nien")

    # --- Znews, CAND, PLO: mastheads in capitals or with "Báo", time-first dates, (PLO)- code
    a("h34-znews-ha-noi-metro.txt", znews("Hà Nội chạy thử đoạn ngầm tuyến metro Nhổn - ga Hà Nội", "14:20 6/1/2025",
      ["Hà Nội bắt đầu chạy thử đoạn đi ngầm của tuyến đường sắt đô thị Nhổn - ga Hà Nội, dự kiến đón khách vào cuối năm.",
       "Đoạn ngầm dài bốn km với bốn nhà ga.",
       "Thành phố cho biết sẽ bổ sung xe buýt kết nối các nhà ga."]),
      "Hà Nội chạy thử đoạn ngầm tuyến metro Nhổn - ga Hà Nội", "2025-01-06T14:20+07:00", ["ha-noi"], [], source="znews")
    a("h35-cand-lang-son.txt", cand("Công an Lạng Sơn triệt phá đường dây buôn lậu qua biên giới", "10:35 14/05/2025",
      ["Công an tỉnh Lạng Sơn vừa triệt phá một đường dây buôn lậu hàng điện tử qua đường mòn biên giới, thu giữ hàng nghìn sản phẩm.",
       "Các đối tượng vận chuyển hàng vào ban đêm rồi chuyển về Hà Nội tiêu thụ.",
       "Vụ việc đang được mở rộng điều tra."]),
      "Công an Lạng Sơn triệt phá đường dây buôn lậu qua biên giới", "2025-05-14T10:35+07:00", ["lang-son"], ["ha-noi"],
      source="cand")
    a("h36-plo-hcmc-kenh.txt", plo("TP.HCM nạo vét kênh Tàu Hũ - Bến Nghé", "11/05/2025 08:30",
      "TP.HCM bắt đầu nạo vét kênh Tàu Hũ - Bến Nghé để giảm ngập và cải thiện chất lượng nước, dự kiến kéo dài tám tháng.",
      ["Bùn nạo vét sẽ được xử lý tại bãi ở huyện Bình Chánh.",
       "Thành phố cũng lắp thêm cửa ngăn triều ở các nhánh kênh."]),
      "TP.HCM nạo vét kênh Tàu Hũ - Bến Nghé", "2025-05-11T08:30+07:00", ["ho-chi-minh-city"], [], source="plo")

    # --- a provincial paper (not one we file under): section and stamp with a view count, teaser, code, footer
    a("h37-provincial-phan-thiet.txt", provincial("Phan Thiet dredges the mouth of the Ca Ty river before the storm season",
      "15:11:45 06/15/2018",
      "Dredgers began clearing sand from the mouth of the Ca Ty river in Phan Thiet on Thursday so that fishing boats can reach the harbour at low tide, the Binh Thuan port authority said.",
      ["The work will take three weeks and cost about VND8 billion.",
       "Boats from Ninh Thuan also shelter in the harbour during storms."]),
      "Phan Thiet dredges the mouth of the Ca Ty river before the storm season", "2018-06-15T15:11:45+07:00",
      ["binh-thuan"], ["ninh-thuan"])
    a("h38-provincial-binh-duong.txt", provincial("Binh Duong builds housing for industrial park workers",
      "09:30:12 08/21/2024",
      "Binh Duong province will build 5,000 apartments for workers of its industrial parks in Ben Cat and Tan Uyen, with rents set below the market.",
      ["The first buildings are due in 2026.",
       "Workers from the Mekong Delta make up most of the province's industrial workforce."], code="BDO"),
      "Binh Duong builds housing for industrial park workers", "2024-08-21T09:30:12+07:00", ["binh-duong"], [])

    # --- a business site with the time before the date, an author alone, a photo line twice
    a("h39-economy-thanh-hoa-port.txt", economy("16:05 21/03/2022", "Thanh Hoa approves a deep-water berth at Nghi Son", "Ban Mai",
      ["The Thanh Hoa People's Committee has approved a fourth deep-water berth at Nghi Son port for ships of up to 100,000 tonnes, to serve the refinery and the steel works nearby.",
       "The berth should be finished in 2024."]),
      "Thanh Hoa approves a deep-water berth at Nghi Son", "2022-03-21T16:05+07:00", ["thanh-hoa"], [])
    a("h40-economy-hanoi-urban.txt", economy("19:14 11/10/2022", "Hanoi approves new urban area in Thanh Tri", "Thanh Xuan",
      ["The Hanoi People's Committee has approved a new urban area of 27 hectares in Thanh Tri district, with homes for about 4,500 people.",
       "The investor will be chosen by tender."]),
      # 11/10/2022 reads two ways and nothing names the outlet: no date rather than a guess
      "Hanoi approves new urban area in Thanh Tri", None, ["ha-noi"], [])

    # --- the Government Portal with its masthead and banner, VGP code, sign-off
    a("h41-vgp-portal-an-giang.txt", vgp_portal("Deputy PM inspects An Giang riverbank erosion", "September 12, 2024 6:20 PM GMT+7",
      "The Deputy Prime Minister inspected riverbank erosion along the Hau river in An Giang province on Thursday and asked for emergency embankments before the flood season peaks.",
      ["Erosion has swallowed dozens of houses in the province since July.",
       "Dong Thap and Can Tho face similar erosion on the Tien and Hau rivers."]),
      "Deputy PM inspects An Giang riverbank erosion", "2024-09-12T18:20+07:00", ["an-giang"], ["dong-thap", "can-tho"], source="vgp")
    a("h42-vgp-portal-lai-chau.txt", vgp_portal("Lai Chau to expand tea and cardamom farming", "January 14, 2025 9:10 AM GMT+7",
      "Lai Chau province plans to add 2,000 hectares of tea and protect its cardamom forests under a new scheme to raise farm incomes in its border districts.",
      ["The province will help cooperatives build processing workshops.",
       "Buyers from Ha Noi and abroad have signed contracts for the tea."]),
      "Lai Chau to expand tea and cardamom farming", "2025-01-14T09:10+07:00", ["lai-chau"], ["ha-noi"], source="vgp")

    # --- VietnamPlus with its masthead, caption printed twice, -VNA sign-off
    a("h43-vna-plus-dong-nai.txt", vna_saved("Long Thanh airport receives first test flight", "02/12/2025 08:16",
      "A calibration aircraft lands at Long Thanh airport", "Dong Nai",
      ["A calibration aircraft landed on the first runway of Long Thanh international airport in Dong Nai province on Monday, the first flight to use the new airport.",
       "Commercial flights are planned for the middle of next year."]),
      "Long Thanh airport receives first test flight", "2025-12-02T08:16+07:00", ["dong-nai"], [], source="vna")
    a("h44-vna-plus-kon-tum.txt", vna_saved("Kon Tum villages grow ginseng under the forest", "27/06/2025 10:45",
      "Ginseng plants under the forest canopy in Tu Mo Rong district", "Kon Tum",
      ["Villagers in Tu Mo Rong district of Kon Tum province are growing Ngoc Linh ginseng under the forest canopy, earning more than from any other crop.",
       "The province has registered the ginseng's name to protect its price."]),
      "Kon Tum villages grow ginseng under the forest", "2025-06-27T10:45+07:00", ["kon-tum"], [], source="vna")

    # --- Hanoi Times with the old "The Hanoitimes -" code
    a("h45-hanoitimes-code-long-bien.txt", hanoitimes_code("Hanoi to rebuild approach to Long Bien bridge", "Mar 3, 2025 / 10:25",
      "Hanoi will rebuild the approach road to the Long Bien bridge and turn the space under its arches into a park, the city's planning department said.",
      ["The century-old bridge now carries only trains, motorbikes and bicycles.",
       "The city will keep its steel spans as a heritage site."]),
      "Hanoi to rebuild approach to Long Bien bridge", "2025-03-03T10:25+07:00", ["ha-noi"], [], source="hanoi-times")

    # --- HTML pages: JSON-LD, OpenGraph, logo in the header, menu, share bar, related list, footer
    a("h46-html-vnexpress-mui-ne.html", html_page("VnExpress International", "e.vnexpress.net",
      "Mui Ne fishing village turns to tourism", "2025-03-15T09:30:00+07:00", "Viet Tuan",
      ["Fishermen in Mui Ne, the resort area of Phan Thiet in Binh Thuan province, now take visitors out in basket boats at dawn to see the catch come in.",
       "The fish market on the beach has become one of the province's most photographed places.",
       "The village association sets a price for each trip so that families share the income."], "Basket boats at Mui Ne fishing village."),
      "Mui Ne fishing village turns to tourism", "2025-03-15T09:30+07:00", ["binh-thuan"], [], source="vnexpress")
    a("h47-html-tuoitrenews-hcmc-bus.html", html_page("Tuoi Tre News", "tuoitrenews.vn",
      "Ho Chi Minh City adds electric buses to airport route", "2024-10-01T14:00:00+07:00", "Ngoc Phuong",
      ["Ho Chi Minh City has put 30 electric buses on the route between Tan Son Nhat airport and the city centre, replacing diesel buses.",
       "The buses run every ten minutes from five in the morning until midnight.",
       "The operator plans to add electric buses to routes to Binh Duong next year."], "An electric bus at Tan Son Nhat airport."),
      "Ho Chi Minh City adds electric buses to airport route", "2024-10-01T14:00+07:00", ["ho-chi-minh-city"], ["binh-duong"],
      source="tuoi-tre")
    a("h48-html-vns-ha-tinh.html", html_page("Viet Nam News", "vietnamnews.vn",
      "Ha Tinh restores Nguyen Du memorial site", "2024-11-28T08:00:00+07:00", "Thu Ha",
      ["Ha Tinh province has finished restoring the memorial site of the poet Nguyen Du in Nghi Xuan district, with a new museum of his works.",
       "The site receives students from across the country, especially from Nghe An and Quang Binh.",
       "A poetry festival will be held at the site in December."], "The restored gate of the Nguyen Du memorial site."),
      "Ha Tinh restores Nguyen Du memorial site", "2024-11-28T08:00+07:00", ["ha-tinh"], ["nghe-an", "quang-binh"],
      source="vietnam-news")
    a("h49-html-vietnamnet-cao-bang.html", html_page("VietNamNet Global", "vietnamnet.vn",
      "Cao Bang geopark road opens to Ban Gioc waterfall", "2025-07-19T17:30:00+07:00", "Duc Huy",
      ["A new road through the Non Nuoc Cao Bang global geopark has cut the drive from Cao Bang city to Ban Gioc waterfall by an hour.",
       "The road passes several villages that have opened homestays.",
       "Visitors from Lang Son and Ha Noi often combine the waterfall with the Pac Bo cave."], "The new road near Ban Gioc waterfall."),
      "Cao Bang geopark road opens to Ban Gioc waterfall", "2025-07-19T17:30+07:00", ["cao-bang"], ["lang-son", "ha-noi"],
      source="vietnamnet")
    a("h50-html-vir-hai-duong.html", html_page("Vietnam Investment Review", "vir.com.vn",
      "Hai Duong industrial park draws Japanese parts makers", "2025-05-06T11:15:00+07:00", "Bich Thuy",
      ["Three Japanese makers of car parts have leased land at an industrial park in Hai Duong province, which lies on the expressway between Ha Noi and Hai Phong.",
       "The province has offered training for local workers at its vocational college.",
       "The park's operator says more than half of its land is now leased."], "Factories at an industrial park in Hai Duong."),
      "Hai Duong industrial park draws Japanese parts makers", "2025-05-06T11:15+07:00", ["hai-duong"], ["ha-noi", "hai-phong"],
      source="vir")
    a("h51-html-sggp-tra-vinh.html", html_page("SGGP English Edition", "en.sggp.org.vn",
      "Tra Vinh wind farm starts supplying the grid", "2025-01-09T19:45:00+07:00", "Thanh Hai",
      ["A nearshore wind farm off the coast of Tra Vinh province has started supplying electricity to the national grid, with 48 turbines standing in shallow water.",
       "The province hopes to attract more wind projects along its coast.",
       "Soc Trang and Bac Lieu have similar farms."], "Turbines off the coast of Tra Vinh."),
      "Tra Vinh wind farm starts supplying the grid", "2025-01-09T19:45+07:00", ["tra-vinh"], ["soc-trang", "bac-lieu"], source="sggp")
    a("h52-html-nhandan-yen-bai.html", html_page("Nhan Dan", "en.nhandan.vn",
      "Yen Bai replants forest after Typhoon Yagi", "2025-02-25T10:20:00+07:00", "Minh Son",
      ["Yen Bai province has replanted 3,000 hectares of forest on slopes stripped by landslides during Typhoon Yagi, using native trees that hold the soil.",
       "Villagers are paid to plant and look after the seedlings.",
       "Lao Cai and Tuyen Quang have started similar work."], "Seedlings planted on a slope in Yen Bai."),
      "Yen Bai replants forest after Typhoon Yagi", "2025-02-25T10:20+07:00", ["yen-bai"], ["lao-cai", "tuyen-quang"],
      source="nhan-dan")
    a("h53-html-vov-bac-kan.html", html_page("VOV", "english.vov.vn",
      "Ba Be lake homestays join a new trail", "2024-09-30T07:50:00+07:00", "Lan Anh",
      ["Homestays around Ba Be lake in Bac Kan province have joined a new walking trail that links five Tay villages along the shore.",
       "Guides from the villages lead groups of up to eight walkers.",
       "The province says the trail spreads visitors away from the busiest boat piers."], "A homestay by Ba Be lake."),
      "Ba Be lake homestays join a new trail", "2024-09-30T07:50+07:00", ["bac-kan"], [], source="vov")
    a("h54-html-hanoitimes-hung-yen.html", html_page("Hanoi Times", "hanoitimes.vn",
      "Hung Yen longan growers sell online", "2025-08-02T15:05:00+07:00", "Hoang Anh",
      ["Longan growers in Hung Yen province sold a fifth of this year's crop online, twice last year's share, as the province trained farmers to use e-commerce.",
       "Buyers in Ha Noi receive the fruit within a day of picking.",
       "The province hopes to export more longan to Australia."], "Longan ready for delivery in Hung Yen."),
      "Hung Yen longan growers sell online", "2025-08-02T15:05+07:00", ["hung-yen"], ["ha-noi"], source="hanoi-times")
    a("h55-html-qdnd-truong-sa.html", html_page("People's Army Newspaper", "en.qdnd.vn",
      "Soldiers in Kien Giang help fishermen repair boats", "2024-12-12T09:00:00+07:00", "Tuan Anh",
      ["Border guards in Kien Giang province have helped fishermen repair 40 boats damaged in a storm, so that they can go back to sea before the Lunar New Year.",
       "The guards also gave families rice and warm clothes.",
       "Fishermen from Ca Mau who sheltered in the harbour were helped too."], "Border guards repair a fishing boat in Kien Giang."),
      "Soldiers in Kien Giang help fishermen repair boats", "2024-12-12T09:00+07:00", ["kien-giang"], ["ca-mau"], source="qdnd")
    a("h56-html-dantri-bac-lieu.html", html_page("Dan Tri International", "dtinews.vn",
      "Bac Lieu salt farmers get new storage sheds", "2025-04-03T13:35:00+07:00", "Quoc Bao",
      ["Salt farmers in Bac Lieu province have received new storage sheds that keep their salt dry through the rainy season, so they can wait for better prices.",
       "The sheds were built by the province with a loan from a development bank.",
       "The province's salt has a protected name, which helps it sell in Ho Chi Minh City."], "Salt fields in Bac Lieu."),
      "Bac Lieu salt farmers get new storage sheds", "2025-04-03T13:35+07:00", ["bac-lieu"], ["ho-chi-minh-city"], source="dan-tri")
    return E
