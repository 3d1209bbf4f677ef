# Pages for the story-grouping test: several outlets' versions of the same events, related-but-different
# events, and same-template announcements about different provinces. Each page names its event.
from write_samples import *
OUT = os.path.join(ROOT, "src", "test", "resources", "stories")
L = []
def add(name, text, event):
    os.makedirs(OUT, exist_ok=True)
    open(os.path.join(OUT, name), "w", encoding="utf-8").write(text)
    L.append({"file": name, "event": event})

# Event A: a Hanoi - Vientiane rail agreement signed in Vientiane, three outlets, one undated.
add("a1-vgp.txt", vgp("Viet Nam and Laos sign agreement on Vung Ang - Vientiane railway",
    "Deputy Prime Minister Tran Hong Ha and Lao Deputy Prime Minister Saleumxay Kommasith witnessed the signing of an agreement on the Vung Ang - Vientiane railway in Vientiane on September 4.",
    "September 5, 2024 9:20 AM GMT+7", "The signing ceremony in Vientiane - Photo: VGP",
    ["The 555-kilometre line will link the Lao capital with the deep-water port of Vung Ang in Ha Tinh province, giving landlocked Laos a route to the sea.",
     "Saleumxay Kommasith said the railway would cut the cost of moving potash and other minerals to ports.",
     "Tran Hong Ha asked the two transport ministries to finish the feasibility study and find financing within a year."]), "A")
add("a2-hanoitimes.txt", hanoitimes("Sep 4, 2024 / 21:40", "Railway deal links Vientiane with Vung Ang port",
    "Viet Nam and Laos signed an agreement in Vientiane on Wednesday to build a railway from the Lao capital to Vung Ang port.",
    ["Deputy Prime Minister Tran Hong Ha attended the ceremony with his Lao counterpart Saleumxay Kommasith.",
     "Vung Ang, in the central province of Ha Tinh, is the nearest deep-water port to Vientiane, and Lao exporters have long used it for potash.",
     "Analysts said financing remains the main obstacle for the railway, which could cost more than US$5 billion."]), "A")
add("a3-vna-undated.txt", vna("Deputy Prime Ministers Tran Hong Ha and Saleumxay Kommasith at the signing in Vientiane",
    ["The agreement on the Vung Ang - Vientiane railway was signed in Vientiane in the presence of Deputy Prime Minister Tran Hong Ha and Lao Deputy Prime Minister Saleumxay Kommasith.",
     "The railway will link the Lao capital with the deep-water port of Vung Ang in Ha Tinh province and give landlocked Laos a route to the sea.",
     "Tran Hong Ha asked the two transport ministries to finish the feasibility study and arrange financing within a year, while Saleumxay Kommasith said the line would cut the cost of moving minerals to ports."]), "A")
# Event A2: same people, a different meeting half a year later.
add("a4-vgp-later.txt", vgp("Deputy Prime Ministers review progress on Vung Ang - Vientiane railway",
    "Deputy Prime Minister Tran Hong Ha and Lao Deputy Prime Minister Saleumxay Kommasith met in Ha Noi on March 12 to review the feasibility study of the Vung Ang - Vientiane railway.",
    "March 12, 2025 6:10 PM GMT+7", "The meeting in Ha Noi - Photo: VGP",
    ["The consultants presented three route options and an estimate of the cost of each.",
     "Tran Hong Ha asked them to add a plan for dry ports along the line, and Saleumxay Kommasith proposed a joint working group on financing."]), "A2")
# Event B: an undated report of a different meeting.
add("b1-vllf-undated.txt", vllf(
    "The Ministry of Transport and its Lao counterpart agreed on new rules for cross-border truck permits at a meeting in Vientiane, under which trucks from both countries will be able to travel further inland.",
    "Trucks at the Cau Treo border gate",
    ["Under the rules, permits will be issued online and will be valid for a year.",
     "The two ministries will also study a shared customs inspection at the Cau Treo and Lao Bao border gates."]), "B")
# Events C and C2: the same template, same day, different provinces.
add("c1-vgp-quang-ninh.txt", vgp("Quang Ninh launches provincial digital transformation week",
    "Quang Ninh province on Monday launched its digital transformation week with a forum on online public services and a fair of local technology firms.",
    "October 7, 2024 10:00 AM GMT+7", "The opening of the digital transformation week - Photo: VGP",
    ["During the week, residents can register for electronic identification at any commune office.",
     "The provincial People's Committee said 90 percent of public services would be available online by the end of the year."]), "C")
add("c2-vgp-nghe-an.txt", vgp("Nghe An launches provincial digital transformation week",
    "Nghe An province on Monday launched its digital transformation week with a forum on online public services and a fair of local technology firms.",
    "October 7, 2024 11:30 AM GMT+7", "The opening of the digital transformation week - Photo: VGP",
    ["During the week, residents can register for electronic identification at any commune office.",
     "The provincial People's Committee said 85 percent of public services would be available online by the end of the year."]), "C2")
# Event D: a flood in Yen Bai, two outlets the same day.
add("d1-vna.txt", vna("Rescuers in Van Chan district, Yen Bai province",
    ["Yen Bai (VNA) – Flash floods in Van Chan and Mu Cang Chai districts of Yen Bai province killed three people and cut off eleven villages on Saturday night, the provincial steering committee for disaster prevention said.",
     "Rescuers used boats to evacuate more than 400 households from the banks of the Thao River.",
     "The National Highway 32 was blocked by landslides in five places."],
    title="Flash floods kill three in Yen Bai", date="14/07/2024 08:30"), "D")
add("d2-vnexpress.txt", vnexpress("Three dead as flash floods hit Yen Bai villages",
    "Flash floods swept through villages in Van Chan and Mu Cang Chai in Yen Bai province overnight, killing three people, local authorities said Sunday.",
    "Sunday, July 14, 2024 | 11:05 am GMT+7",
    ["Eleven villages were cut off and more than 400 households were moved to higher ground near the Thao River.",
     "Landslides blocked National Highway 32, the main road to Mu Cang Chai, in five places."],
    "Rescuers in Van Chan district"), "D")
# Events E and E2: Da Nang fireworks festival, two outlets one year, and the next year's edition.
add("e1-tuoitre.txt", tuoitre("Da Nang fireworks festival opens with teams from France and Italy",
    "Jun 8, 2024, 22:30 GMT+7",
    ["The Da Nang International Fireworks Festival opened on Saturday night on the banks of the Han River, with teams from France and Italy competing in the first round.",
     "Organisers said 30,000 tickets had been sold for the opening night.",
     "The festival runs on five Saturdays until July 13, with teams from eight countries."],
    "Fireworks over the Han River in Da Nang."), "E")
add("e2-vns.txt", vns("Fireworks light up Han River as festival opens", "June 8, 2024 - 23:10", "ĐÀ NẴNG",
    "Teams from France and Italy opened the Da Nang International Fireworks Festival on Saturday night above the Han River.",
    ["Tickets for the opening night, about 30,000 seats on the riverbanks, sold out a week ahead.",
     "Teams from eight countries will compete on five Saturdays until July 13."]), "E")
add("e3-tuoitre-next-year.txt", tuoitre("Da Nang fireworks festival returns with teams from Finland and Poland",
    "May 31, 2025, 22:40 GMT+7",
    ["The Da Nang International Fireworks Festival returned on Saturday night to the Han River, with teams from Finland and Poland in the first round.",
     "Organisers said 35,000 tickets had been sold for the opening night.",
     "The festival runs on five Saturdays until July 12."],
    "Fireworks over the Han River."), "E2")
json.dump(L, open(os.path.join(OUT, "events.json"), "w"), indent=1)
print(len(L), "pages,", len(L) * (len(L) - 1) // 2, "pairs")
