# Labelled pages whose places are below the province (issue 16): stories that name only a district, a commune
# or a landmark; stories about several provinces, each with paragraphs of its own; datelines filed elsewhere;
# names many provinces share. Written for Bantin about real places, in the layouts of golden_layouts.py; no
# sentence is copied from an outlet. Each entry: file, text, title, published, about, mentioned, source.
from golden_layouts import (tuoitrenews, vnexpress_intl, vietnamnet, vns_saved, sggp, vov, nhandan, vir, dtinews,
                            laodong_en, laodong_vi, vnexpress_vi, tuoitre_vi, thanhnien, vna_saved, hanoitimes_code,
                            html_page, provincial)


def pages(add):
    E = []

    def a(*args, **kw):
        E.append(add(*args, **kw))

    # --- a district, a commune or a landmark, and no province, up front
    a("p01-vnexpress-dran-vegetables.txt", vnexpress_intl("D'Ran farmers switch to greenhouse tomatoes", "Khanh Lynh",
      "March 12, 2025 | 08:15 am GMT+7",
      ["Vegetable growers in D'Ran township are replacing open fields with greenhouses to grow tomatoes and bell peppers all year round.",
       "About 300 households in Don Duong district have built greenhouses in the past two years, with loans from a farmers' credit fund.",
       "Traders say the tomatoes fetch a third more than those grown outdoors because they are not damaged by the rain."], "dran greenhouse.jpg"),
      "D'Ran farmers switch to greenhouse tomatoes", "2025-03-12T08:15+07:00", ["lam-dong"], [], source="vnexpress", group="places")
    a("p02-tuoitrenews-con-dao-turtles.txt", tuoitrenews("Rangers release 300 turtle hatchlings on Con Dao",
      "07/14/2025 09:40 GMT+7",
      ["Rangers on Con Dao released more than 300 green turtle hatchlings into the sea on Sunday night, the largest release of the nesting season.",
       "The national park's beaches on Bay Canh and Hon Cau islets have recorded over 1,500 nests this year.",
       "Visitors may watch a release only with a ranger and without lights or phones."], "Turtle hatchlings head for the sea."),
      "Rangers release 300 turtle hatchlings on Con Dao", "2025-07-14T09:40+07:00", ["ba-ria-vung-tau"], [], source="tuoi-tre",
      group="places")
    a("p03-vietnamnet-mu-cang-chai.txt", vietnamnet("Mu Cang Chai paragliding festival returns over golden terraces",
      "21/09/2024 10:30",
      ["Paragliders from a dozen countries will fly over the terraced rice fields of Mu Cang Chai district this weekend as the harvest festival returns after the storm season.",
       "Pilots take off from Khau Pha Pass, one of the highest passes in the northern mountains, and land in the valley of La Pan Tan commune.",
       "The district has repaired the roads damaged by landslides so that coaches can reach the festival."], section="Travel"),
      "Mu Cang Chai paragliding festival returns over golden terraces", "2024-09-21T10:30+07:00", ["yen-bai"], [],
      source="vietnamnet", group="places")
    a("p04-vns-ly-son-garlic.txt", vns_saved("Ly Son garlic growers fight sand shortage",
      "March 3, 2025 - 07:50", "LÝ SƠN",
      ["Garlic farmers on the island are running short of the white sand they spread on their fields, after the authorities banned taking sand from the beaches.",
       "The special zone's farmers' union is testing a mix of crushed coral rock and rice husk ash instead.",
       "Garlic from the island sells at twice the price of garlic from the mainland."]),
      "Ly Son garlic growers fight sand shortage", "2025-03-03T07:50+07:00", ["quang-ngai"], [], source="vietnam-news", group="places")
    a("p05-sggp-cu-chi-tunnels.txt", sggp("Cu Chi tunnels open a new section to visitors",
      "Wednesday, April 30, 2025 15:10",
      "A 120-metre section of the Cu Chi tunnels that was closed for repairs reopened on Wednesday with lighting and air vents.",
      "Visitors walk through a reopened section of the tunnels",
      ["The section at Ben Duoc shows the kitchens and meeting rooms used during the war.",
       "Tickets can now be bought online, and groups are limited to twenty people at a time."]),
      "Cu Chi tunnels open a new section to visitors", "2025-04-30T15:10+07:00", ["ho-chi-minh-city"], [], source="sggp",
      group="places")
    a("p06-vov-phong-nha-caves.txt", vov("Explorers map new caves near Phong Nha",
      "Sunday, 10:20, 06/04/2025",
      "A team of British and Vietnamese cavers has mapped 22 new caves in the forests west of Phong Nha, with a combined length of 11 kilometres.",
      ["The largest of them has a chamber that could hold a football field, the team said.",
       "The national park will study whether any of them can be opened to small tour groups without harming the caves."]),
      "Explorers map new caves near Phong Nha", "2025-04-06T10:20+07:00", ["quang-binh"], [], source="vov", group="places")
    a("p07-hanoitimes-tam-dao-fog.txt", hanoitimes_code("Weekend crowds jam the road to Tam Dao",
      "Nov 2, 2024 / 18:30",
      "The 13-kilometre mountain road to Tam Dao was jammed for hours on Saturday as thousands of people drove up to escape the heat of the lowlands.",
      ["Most of the visitors came from Hanoi, which is about 80 kilometres away.",
       "The town has asked coaches to park at the foot of the mountain and take visitors up in shuttle buses on weekends."]),
      "Weekend crowds jam the road to Tam Dao", "2024-11-02T18:30+07:00", ["vinh-phuc"], ["ha-noi"], source="hanoi-times",
      group="places")
    a("p08-tuoitrenews-binh-thanh-canal.txt", tuoitrenews("Residents help clean Thi Nghe canal in Binh Thanh district",
      "05/18/2025 11:05 GMT+7",
      ["Hundreds of residents of Binh Thanh district joined workers on Sunday to pull rubbish out of the Thi Nghe canal before the rainy season.",
       "The district has fitted nets at the mouths of drains to stop plastic from reaching the water.",
       "Wards along the canal will fine people who dump waste into it."]),
      "Residents help clean Thi Nghe canal in Binh Thanh district", "2025-05-18T11:05+07:00", ["ho-chi-minh-city"], [],
      source="tuoi-tre", group="places")
    a("p09-vietnamnet-thanh-xuan-river.txt", vietnamnet("Thanh Xuan district plans riverside park along To Lich",
      "02/10/2024 16:45",
      ["Thanh Xuan district will turn a two-kilometre stretch of the To Lich river bank into a park with walking paths and playgrounds.",
       "The district said the river's water had become cleaner since a treatment plant opened upstream.",
       "Residents were asked to comment on the design until the end of the month."]),
      "Thanh Xuan district plans riverside park along To Lich", "2024-10-02T16:45+07:00", ["ha-noi"], [], source="vietnamnet",
      group="places")

    # --- names many provinces share: the paragraph says which
    a("p10-vna-hoi-an-wards-flood.txt", vna_saved("Floodwater rises in Hoi An's old town",
      "Tuesday, October 28, 2025 17:20", "Boats carry residents along a flooded street in Hoi An", "Hoi An",
      ["The Hoai river rose above the streets of Hoi An's old town on Tuesday, and boats carried residents and tourists along the flooded lanes.",
       "In Minh An, Cam Pho and Tan An wards, water reached a metre in the lowest streets, the city said.",
       "Shops moved goods upstairs, and hotels in the old town asked guests to stay inside until the water falls."]),
      "Floodwater rises in Hoi An's old town", "2025-10-28T17:20+07:00", ["quang-nam"], [], source="vna", group="places")
    a("p11-tuoitrenews-da-lat-wards.txt", tuoitrenews("Da Lat residents plant cherry trees along Xuan Huong lake",
      "01/05/2025 07:55 GMT+7",
      ["Residents of Ward 1 and Ward 10 planted 500 cherry blossom trees around Xuan Huong lake on Sunday, so that the lake will bloom pink in the dry season.",
       "The city's parks company chose a variety that flowers in January and February.",
       "The trees were donated by flower growers in the nearby villages."]),
      "Da Lat residents plant cherry trees along Xuan Huong lake", "2025-01-05T07:55+07:00", ["lam-dong"], [], source="tuoi-tre",
      group="places")
    a("p12-vietnamnet-chau-thanh-durian.txt", vietnamnet("Tien Giang durian growers get export codes",
      "14/08/2025 13:00",
      ["Durian orchards in Chau Thanh and Cai Lay districts of Tien Giang have received 40 more growing-area codes, which buyers in China require before they take the fruit.",
       "Growers in Chau Thanh said the codes let them sell directly to export firms instead of through traders.",
       "The province's agriculture department will check the orchards every three months."]),
      "Tien Giang durian growers get export codes", "2025-08-14T13:00+07:00", ["tien-giang"], [], source="vietnamnet",
      group="places")
    a("p13-dtinews-tan-phu-forest.txt", dtinews("Tan Phu district protects its last lowland forest",
      "05/06/2025",
      "Rangers in Tan Phu district have started night patrols in the lowland forest next to Cat Tien National Park, after loggers cut a dozen old trees there in May.",
      ["The district said Phu Loc and Tan Phu communes would be given motorbikes and radios for the patrols.",
       "Dong Nai's forest department has asked the police to find the buyers of the timber."]),
      "Tan Phu district protects its last lowland forest", "2025-06-05T00:00+07:00", ["dong-nai"], [], source="dan-tri",
      group="places")
    a("p14-vir-phu-my-wind.txt", vir("Wind farm planned off Phu My district coast",
      "Monday, July 21, 2025 | 09:12",
      "Phuong Linh",
      ["A developer has asked Binh Dinh for a survey licence for a 500-megawatt wind farm in the sea off Phu My district.",
       "The company said the site has strong winds for eight months of the year and shallow water close to shore.",
       "The province will consult fishermen from My Thanh and My Tho communes, who fish in the area."]),
      "Wind farm planned off Phu My district coast", "2025-07-21T09:12+07:00", ["binh-dinh"], [], source="vir", group="places")

    # --- datelines filed elsewhere
    a("p15-vna-hanoi-dateline-khe-sanh.txt", vna_saved("Khe Sanh coffee growers win geographical indication",
      "Friday, November 14, 2025 10:05", "Coffee drying in Khe Sanh", "Hanoi",
      ["Coffee grown in Huong Hoa district has received a geographical indication that protects the name Khe Sanh coffee, the Intellectual Property Office said.",
       "Farmers in the district grow arabica and robusta on the red basalt hills near the border with Laos.",
       "Quang Tri plans to use the name to help growers sell roasted coffee under their own brands."]),
      "Khe Sanh coffee growers win geographical indication", "2025-11-14T10:05+07:00", ["quang-tri"], ["ha-noi"], source="vna",
      group="places")
    a("p16-vns-hcm-dateline-duyen-hai.txt", vns_saved("Duyen Hai fishermen get new storm shelter",
      "September 2, 2025 - 08:30", "HCM CITY",
      ["Fishermen in Duyen Hai will be able to shelter their boats in a new anchorage at the mouth of the Cung Hau river before the storm season peaks.",
       "The anchorage holds 800 boats and has a breakwater built with government funds.",
       "Tra Vinh said the shelter would save fishermen the long trip to harbours in other provinces."]),
      "Duyen Hai fishermen get new storm shelter", "2025-09-02T08:30+07:00", ["tra-vinh"], ["ho-chi-minh-city"],
      source="vietnam-news", group="places")
    a("p17-laodong-hanoi-dateline-nghe-an.txt", laodong_en("Nghe An opens border market at Nam Can",
      "19/06/2025 14:25", "Hanoi",
      "A border market opened at the Nam Can gate on Thursday, where traders from Laos and Viet Nam can sell farm produce and household goods.",
      ["Ky Son district expects the market to draw traders from both sides on weekends.",
       "The gate is the main road link between the province and the Lao province of Xieng Khouang."]),
      "Nghe An opens border market at Nam Can", "2025-06-19T14:25+07:00", ["nghe-an"], ["ha-noi"], source="lao-dong",
      group="places")
    a("p18-vna-da-nang-dateline-agrees.txt", vna_saved("Da Nang tests electric buses on the coast road",
      "Monday, May 5, 2025 15:40", "An electric bus on the coast road", "Da Nang",
      ["The city has started testing electric buses on the route from Son Tra peninsula to Ngu Hanh Son, with fares free for the first month.",
       "Da Nang plans to replace all its diesel buses with electric ones by 2030.",
       "Charging stations will be built at the two ends of the route."]),
      "Da Nang tests electric buses on the coast road", "2025-05-05T15:40+07:00", ["da-nang"], [], source="vna", group="places")

    # --- several provinces, each with paragraphs of its own
    a("p19-vnexpress-mekong-salt.txt", vnexpress_intl("Mekong Delta farmers store fresh water as salt moves inland",
      "Ngoc Tai", "February 26, 2025 | 06:20 pm GMT+7",
      ["Saltwater has pushed further up the rivers of the Mekong Delta than at this time last year, and farmers are filling ponds and tanks with fresh water.",
       "In Ben Tre, salt reached 70 kilometres from the sea on the Ham Luong river, the province's irrigation department said. Orchards in Mo Cay Nam district are watered from tanks.",
       "Ben Tre has handed out 2,000 water bags to households that have no tanks.",
       "Tra Vinh has closed its sluice gates along the Co Chien river and is pumping water from canals inland, officials said.",
       "Farmers in Tra Vinh's Cau Ngang district have left part of their rice fields unplanted.",
       "Soc Trang expects the salt to peak in March and has told farmers to harvest rice early."], "salt mekong.jpg"),
      "Mekong Delta farmers store fresh water as salt moves inland", "2025-02-26T18:20+07:00",
      ["ben-tre", "tra-vinh", "soc-trang"], [], source="vnexpress", group="places")
    a("p20-dtinews-storm-central.txt", dtinews("Storm leaves thousands without power on central coast",
      "27/10/2025",
      "A tropical storm brought heavy rain and strong winds to the central coast overnight, cutting power to thousands of homes.",
      ["In Quang Ngai, the wind tore roofs off 300 houses in Binh Son and Duc Pho, and fishing boats sank at their moorings, the provincial disaster committee said.",
       "\"We moved 12,000 people from the coast before the storm arrived,\" a vice chairman of the Quang Ngai People's Committee said.",
       "Binh Dinh reported flooding in the low-lying parts of Quy Nhon and landslides on the roads to An Lao district.",
       "Power workers in Binh Dinh expect to restore electricity to most homes by Tuesday."]),
      "Storm leaves thousands without power on central coast", "2025-10-27T00:00+07:00", ["quang-ngai", "binh-dinh"], [],
      source="dan-tri", group="places")
    a("p21-vov-northern-cold.txt", vov("Cold snap brings frost to northern mountains",
      "Thursday, 08:10, 09/01/2025",
      "Frost covered the highest peaks of the northern mountains on Thursday morning as temperatures fell below zero.",
      ["On Mau Son mountain, the temperature dropped to minus one degree and tourists drove up to see the frost. Lang Son told farmers to cover their vegetables.",
       "In Sa Pa, the tourist town was busy with visitors hoping for snow on Fansipan. Lao Cai asked schools to let pupils stay home if the temperature fell below seven degrees.",
       "Cattle farmers in Ha Giang were told to keep their buffaloes in sheds and feed them dry grass."]),
      "Cold snap brings frost to northern mountains", "2025-01-09T08:10+07:00", ["lang-son", "lao-cai", "ha-giang"], [],
      source="vov", group="places")
    a("p22-vietnamnet-expressway-two.txt", vietnamnet("New expressway halves travel time between two delta cities",
      "30/12/2024 09:00",
      ["A new expressway opened on Monday, cutting the drive between the river cities of the delta from two hours to one.",
       "In Can Tho, the road starts at the Cai Rang interchange, where the city has built a new bus station. Can Tho expects the road to bring more tourists to its floating market.",
       "At the other end, Hau Giang's provincial capital Vi Thanh will get an industrial park beside the road. Hau Giang said investors had already asked about land there."]),
      "New expressway halves travel time between two delta cities", "2024-12-30T09:00+07:00", ["can-tho", "hau-giang"], [],
      source="vietnamnet", group="places")

    # --- Vietnamese: type words, abbreviations, the 2025 units
    a("p23-vnexpress-vi-ta-van.txt", vnexpress_vi("Homestay ở Tả Van kín phòng dịp nghỉ lễ", "Thứ sáu, 2/5/2025, 09:15 (GMT+7)",
      ["Các homestay ở xã Tả Van, thị xã Sa Pa đã kín phòng trong kỳ nghỉ lễ, nhiều khách phải tìm chỗ ở trung tâm thị xã.",
       "Chủ homestay cho biết khách nước ngoài chiếm gần một nửa số khách năm nay.",
       "Chính quyền xã đề nghị các hộ không tăng giá phòng quá mức."], section="Du lịch"),
      "Homestay ở Tả Van kín phòng dịp nghỉ lễ", "2025-05-02T09:15+07:00", ["lao-cai"], [], source="vnexpress-vi", group="places")
    a("p24-tuoitre-vi-q1-pho-di-bo.txt", tuoitre_vi("Phố đi bộ Nguyễn Huệ thêm khu vui chơi cho trẻ em", "12/06/2025 14:30 GMT+7",
      ["UBND Q.1 vừa bố trí thêm khu vui chơi cho trẻ em ở phố đi bộ Nguyễn Huệ vào các tối cuối tuần.",
       "Người dân phường Sài Gòn cho biết phố đi bộ đông hơn hẳn từ khi có khu vui chơi.",
       "Quận sẽ tăng lực lượng giữ trật tự vào các dịp lễ."]),
      "Phố đi bộ Nguyễn Huệ thêm khu vui chơi cho trẻ em", "2025-06-12T14:30+07:00", ["ho-chi-minh-city"], [],
      source="tuoi-tre-vi", group="places")
    a("p25-laodong-vi-dac-khu-phu-quoc.txt", laodong_vi("Đặc khu Phú Quốc lắp thêm trạm quan trắc nước biển", "MINH TRÍ",
      "20/08/2025 | 10:45",
      ["Đặc khu Phú Quốc sẽ lắp thêm ba trạm quan trắc chất lượng nước biển ở các bãi tắm phía tây đảo trong năm nay.",
       "Kết quả quan trắc sẽ được công bố hằng ngày để du khách biết bãi tắm nào an toàn.",
       "Các khách sạn ven biển được yêu cầu xử lý nước thải trước khi thải ra môi trường."]),
      "Đặc khu Phú Quốc lắp thêm trạm quan trắc nước biển", "2025-08-20T10:45+07:00", ["kien-giang"], [], source="lao-dong",
      group="places")
    a("p26-thanhnien-vi-hong-hai.txt", thanhnien("Phường Hồng Hải cải tạo công viên ven biển", "22/03/2025 08:00 GMT+7",
      ["Phường Hồng Hải, TP Hạ Long đang cải tạo công viên ven biển, trồng thêm cây xanh và làm đường đi bộ mới.",
       "Công viên dự kiến mở cửa trở lại trước mùa du lịch hè.",
       "Người dân được mời góp ý về thiết kế khu vui chơi."]),
      "Phường Hồng Hải cải tạo công viên ven biển", "2025-03-22T08:00+07:00", ["quang-ninh"], [], source="thanh-nien",
      group="places")
    a("p27-vnexpress-vi-can-gio-no-accents.txt", vnexpress_vi("Rung ngap man Can Gio don khach tro lai", "Chu nhat, 9/3/2025, 16:00 (GMT+7)",
      ["Khu du lich rung ngap man o huyen Can Gio don hon 5.000 luot khach trong dip cuoi tuan, sau khi sua xong cau tau.",
       "Du khach di thuyen tham rung va xem dan khi o dao Khi.",
       "Huyen du kien mo them tuyen xe buyt toi khu du lich."], section="Du lich"),
      "Rung ngap man Can Gio don khach tro lai", "2025-03-09T16:00+07:00", ["ho-chi-minh-city"], [], source="vnexpress-vi",
      group="places")
    a("p28-tuoitre-vi-h-muong-la.txt", tuoitre_vi("H. Mường La khắc phục sạt lở sau mưa lớn", "04/08/2025 19:20 GMT+7",
      ["Mưa lớn kéo dài đã gây sạt lở nhiều đoạn đường ở H. Mường La, chia cắt ba xã vùng cao.",
       "Lực lượng công binh đang mở đường tạm để đưa lương thực vào các bản bị cô lập.",
       "Chưa có thiệt hại về người, chính quyền huyện cho biết."]),
      "H. Mường La khắc phục sạt lở sau mưa lớn", "2025-08-04T19:20+07:00", ["son-la"], [], source="tuoi-tre-vi", group="places")
    a("p29-laodong-vi-xa-ba-na.txt", laodong_vi("Xã Bà Nà mở lớp dạy nghề cho thanh niên", "THANH CHUNG", "18/09/2025 | 08:30",
      ["Xã Bà Nà, TP Đà Nẵng vừa mở lớp dạy nghề nấu ăn và lễ tân khách sạn cho 60 thanh niên trong xã.",
       "Sau khóa học, học viên sẽ được giới thiệu việc làm tại các khu du lịch trên núi.",
       "Xã có nhiều đồng bào Cơ Tu, nhiều người trước đây chỉ làm nương rẫy."]),
      "Xã Bà Nà mở lớp dạy nghề cho thanh niên", "2025-09-18T08:30+07:00", ["da-nang"], [], source="lao-dong", group="places")

    # --- landmarks: airports, border gates, parks, ports, heritage
    a("p30-vnexpress-noi-bai.txt", vnexpress_intl("Noi Bai adds self check-in kiosks", "Doan Loan",
      "October 1, 2025 | 11:00 am GMT+7",
      ["Noi Bai International Airport has installed 60 self check-in kiosks in its domestic terminal, which airlines say will cut queues at peak hours.",
       "Passengers can print boarding passes and bag tags themselves and drop bags at automatic counters.",
       "The airport serves about 30 million passengers a year."], "noi bai kiosks.jpg"),
      "Noi Bai adds self check-in kiosks", "2025-10-01T11:00+07:00", ["ha-noi"], [], source="vnexpress", group="places")
    a("p31-vir-long-thanh.txt", vir("Long Thanh airport terminal roof completed",
      "Friday, August 29, 2025 | 15:30", "Thanh Van",
      ["Builders have finished the roof of the passenger terminal at Long Thanh International Airport, whose first phase is due to open next year.",
       "The terminal will handle 25 million passengers a year in the first phase.",
       "Roads and a railway to the airport are being built at the same time."]),
      "Long Thanh airport terminal roof completed", "2025-08-29T15:30+07:00", ["dong-nai"], [], source="vir", group="places")
    a("p32-vietnamnet-huu-nghi-durian.txt", vietnamnet("Trucks of fruit queue at Huu Nghi border gate",
      "11/07/2025 17:40",
      ["Several hundred trucks of durian and jackfruit queued at the Huu Nghi border gate on Friday as the harvest peaked in the south.",
       "Customs officers worked late into the night to clear them, and the gate's smart lane for empty trucks sped up the return trips.",
       "Drivers said the wait had fallen to half a day from two days last year."]),
      "Trucks of fruit queue at Huu Nghi border gate", "2025-07-11T17:40+07:00", ["lang-son"], [], source="vietnamnet",
      group="places")
    a("p33-html-cat-tien-gibbons.html", html_page("Tuoi Tre News", "tuoitrenews.vn",
      "Gibbons return to Cat Tien forest", "2025-02-17T08:20:00+07:00", "Dong Ha",
      ["Rangers at Cat Tien National Park have released four golden-cheeked gibbons rescued from the pet trade into the forest.",
       "The apes spent a year at the park's rescue centre learning to find food in the canopy.",
       "The park is home to one of the largest wild groups of the species."], "A gibbon in the canopy at Cat Tien."),
      "Gibbons return to Cat Tien forest", "2025-02-17T08:20+07:00", ["dong-nai"], [], source="tuoi-tre", group="places")
    a("p34-html-cuc-phuong-butterflies.html", html_page("Viet Nam News", "vietnamnews.vn",
      "Butterfly season draws visitors to Cuc Phuong", "2025-04-22T10:00:00+07:00", "Minh Phuong",
      ["Clouds of yellow and white butterflies have filled the forest paths of Cuc Phuong National Park, drawing thousands of visitors.",
       "The season usually lasts three weeks from mid April.",
       "Rangers asked visitors not to catch the insects or leave food on the paths."], "Butterflies on a forest path in Cuc Phuong."),
      "Butterfly season draws visitors to Cuc Phuong", "2025-04-22T10:00+07:00", ["ninh-binh"], [], source="vietnam-news",
      group="places")
    a("p35-vna-cai-mep.txt", vna_saved("Cai Mep port takes its largest container ship",
      "Wednesday, June 25, 2025 09:50", "The container ship at the Cai Mep terminal", "Ba Ria",
      ["The largest container ship ever to call in Viet Nam berthed at a terminal of the Cai Mep port on Wednesday, carrying goods bound for Europe.",
       "The terminal can take ships of 250,000 tonnes, the port operator said.",
       "Exporters from the southern industrial parks can now send goods to Europe without transferring them in Singapore."]),
      "Cai Mep port takes its largest container ship", "2025-06-25T09:50+07:00", ["ba-ria-vung-tau"], [], source="vna", group="places")
    a("p36-dtinews-dung-quat.txt", dtinews("Dung Quat refinery shuts for maintenance",
      "10/03/2025",
      "The Dung Quat oil refinery will shut for seven weeks of maintenance from next month, its operator said, and has stored enough fuel to keep supplying the market.",
      ["About 5,000 workers and engineers, some from abroad, will take part in the work.",
       "It is the refinery's sixth maintenance since it opened in 2009."]),
      "Dung Quat refinery shuts for maintenance", "2025-03-10T00:00+07:00", ["quang-ngai"], [], source="dan-tri", group="places")
    a("p37-sggp-moc-bai.txt", sggp("Moc Bai border gate extends opening hours",
      "Saturday, March 1, 2025 10:20",
      "The Moc Bai border gate will stay open until 10 pm from this month to cope with the number of travellers to and from Cambodia.",
      "Travellers at the Moc Bai border gate",
      ["About 10,000 people cross the gate on weekdays and twice that at weekends.",
       "Bus companies run hourly services between the gate and Phnom Penh."]),
      "Moc Bai border gate extends opening hours", "2025-03-01T10:20+07:00", ["tay-ninh"], [], source="sggp", group="places")
    a("p38-vov-tram-chim.txt", vov("Sarus cranes sighted again at Tram Chim",
      "Tuesday, 07:30, 18/03/2025",
      "Rangers at Tram Chim National Park have seen a pair of sarus cranes feeding in the park's wetlands, the first sighting in two years.",
      ["The park has kept more water in its marshes this dry season to bring back the grass the birds feed on.",
       "Birdwatchers were asked to stay on the park's boats and keep their distance."]),
      "Sarus cranes sighted again at Tram Chim", "2025-03-18T07:30+07:00", ["dong-thap"], [], source="vov", group="places")
    a("p39-nhandan-ha-long-bay.txt", nhandan("Ha Long Bay trials electric tour boats", "Saturday, July 5, 2025 - 14:10",
      "Three electric tour boats began carrying visitors around Ha Long Bay this week, in a trial that could replace diesel boats on the shortest routes.",
      ["The boats are quiet and leave no oil in the water, their operator said.",
       "Each boat carries 40 passengers and runs for six hours on a charge."]),
      "Ha Long Bay trials electric tour boats", "2025-07-05T14:10+07:00", ["quang-ninh"], [], source="nhan-dan", group="places")

    # --- districts named alone
    a("p40-qdnd-ba-vi-fire.txt", vnexpress_intl("Soldiers help put out forest fire on Ba Vi mountain", "Vo Hai",
      "April 8, 2025 | 09:30 pm GMT+7",
      ["Hundreds of soldiers and rangers fought a fire on the slopes of Ba Vi mountain for six hours on Tuesday before bringing it under control.",
       "The fire burned about four hectares of pine forest in Ba Vi district, the district's forest rangers said.",
       "Dry weather and strong winds have raised the fire risk across the mountain."], "ba vi fire.jpg"),
      "Soldiers help put out forest fire on Ba Vi mountain", "2025-04-08T21:30+07:00", ["ha-noi"], [], source="vnexpress",
      group="places")
    a("p41-vietnamnet-con-cuong.txt", vietnamnet("Con Cuong villagers earn from forest homestays",
      "15/04/2025 08:00",
      ["Thai ethnic families in Con Cuong district have opened homestays at the edge of Pu Mat National Park, earning more from visitors than from their fields.",
       "The district trained 40 villagers as guides for forest walks and boat trips on the Giang river.",
       "Visitors come mostly on weekends and in the summer holidays."], section="Travel"),
      "Con Cuong villagers earn from forest homestays", "2025-04-15T08:00+07:00", ["nghe-an"], [], source="vietnamnet",
      group="places")
    a("p42-tuoitrenews-si-ma-cai.txt", tuoitrenews("Si Ma Cai market moves to new site",
      "10/12/2024 06:45 GMT+7",
      ["The Sunday market of Si Ma Cai district has moved to a new site with roofs over the stalls, ending years of trading in the mud.",
       "Hmong and Nung traders sell horses, buffaloes and brocade at the market, which draws visitors from the valleys around.",
       "The district built a car park so that coaches no longer block the road."]),
      "Si Ma Cai market moves to new site", "2024-10-12T06:45+07:00", ["lao-cai"], [], source="tuoi-tre", group="places")
    a("p43-vir-krong-pac-coffee.txt", vir("Krong Pac coffee cooperative wins sustainability certificate",
      "Thursday, January 16, 2025 | 11:25", "Ngoc Anh",
      ["A coffee cooperative in Krong Pac district has won a sustainability certificate that lets its 200 members sell beans to European roasters at a premium.",
       "The members cut their use of chemical fertiliser by half and plant shade trees among the coffee.",
       "Growers in neighbouring Cu M'gar district plan to apply for the same certificate next year."]),
      "Krong Pac coffee cooperative wins sustainability certificate", "2025-01-16T11:25+07:00", ["dak-lak"], [], source="vir",
      group="places")
    a("p44-vns-person-binh-minh.txt", vns_saved("Thu Dau Mot opens public library with reading garden",
      "August 11, 2025 - 09:00", "BÌNH DƯƠNG",
      ["A public library with a reading garden and a children's floor opened in Thu Dau Mot on Monday.",
       "\"We want young people to come here after school instead of to game shops,\" said Le Binh Minh, the library's director.",
       "Minh said the library would stay open until 9 pm on weekdays."]),
      "Thu Dau Mot opens public library with reading garden", "2025-08-11T09:00+07:00", ["binh-duong"], [], source="vietnam-news",
      group="places")
    return E
