# The figures lane's second probe batch (session 13): longer passages (a headline or lead, then paragraphs), written before
# the kit ran on them and split by the same fixed rule (every third, 0-based index % 3 == 2, to check), appended to the files.
import json, sys
sys.path.insert(0, "/work/wt-figures/probes")
from make_probes import F, R, V
P = []
def add(story, style, text, figures, sources, headline=False):
    item = {"id": f"s13-fig-{78+len(P)}", "story": story, "style": style, "split": "dev"}
    if headline: item["headline"] = True
    item.update(text=text, figures=figures, sources=sources, tags=[])
    P.append(item)

add("geo", "wire", "TBILISI -- Russia has moved more armour through the Roki tunnel, Georgian officials said on Saturday.\n\nThey put the force now inside South Ossetia at upwards of 10,000, with a further 6,000 massed on the Russian side of the border.",
    [F(10000, "at_least", subject="Russia", by="Georgian officials"), F(6000, subject="Russia", by="Georgian officials")], ["Georgian officials"])
add("geo", "headline", "Georgia says it has lost 215 troops\n\nTbilisi's defence ministry revised its count on Monday. Of those, 170 were soldiers and the rest police officers, it said; another 1,400 were wounded.",
    [F(215, kind="casualties", subject="Georgia", by="Georgia"), F(170, kind="subset", subject="Georgia", by="Georgian Defense Ministry"), F(1400, kind="casualties", subject="Georgia", by="Georgian Defense Ministry")], ["Georgia", "Georgian Defense Ministry"], headline=True)
add("geo", "translated", "Twenty thousand Georgian soldiers were engaged in the operation, affirmed the Russian general staff, which estimates at some hundreds the dead of the adversary.",
    [F(20000, subject="Georgia", by="Russian General Staff"), V(200, 900, kind="casualties", subject="Georgia", by="Russian General Staff")], ["Russian General Staff"])
add("twn", "think_tank", "China's Eastern Theater Command could field in the order of 300,000 for an amphibious operation, the report estimates. Taiwan's active force, by contrast, numbers about 160,000, backed by roughly 1.6 million reservists of uneven readiness.",
    [F(300000, "approximate", status="planned", subject="China"), F(160000, "approximate", kind="army_size", subject="Taiwan"), F(1600000, "approximate", kind="army_size", subject="Taiwan")], [])
add("twn", "wire", "TAIPEI -- Taiwan's defence ministry said it had tracked 71 Chinese aircraft and 9 ships around the island in 24 hours, and that some 1,000 U.S. military personnel now train its forces, up from about 30 in 2021.",
    [F(1000, "approximate", subject="United States", by="Taiwanese Defense Ministry"), F(30, "approximate", status="earlier", subject="United States", by="Taiwanese Defense Ministry")], ["Taiwanese Defense Ministry"])
add("lac", "wire", "NEW DELHI -- Both sides have kept roughly 50,000 to 60,000 soldiers each along the Line of Actual Control through a third winter. Indian Army officials say their numbers there will not fall before the disengagement is verified.",
    [R(50000, 60000)], ["Indian Army officials"])
add("lac", "wire", "At least 20 Indian soldiers, including a colonel, were killed in the clash in the Galwan Valley, the army said. China acknowledged four dead months later, though Indian estimates put its losses at upwards of 40.",
    [F(20, "at_least", kind="casualties", subject="India", by="Indian Army"), F(4, kind="casualties", subject="China", by="China"), F(40, "at_least", kind="casualties", subject="China", by="Indian estimates")], ["Indian Army", "China", "Indian estimates"])
add("srb", "wire", "PRISTINA -- NATO will send another 200 soldiers to reinforce KFOR, its spokesman said, taking the mission to about 4,700. Britain had already flown in some 600 from its standby battalion.",
    [F(200, status="planned", by="NATO"), F(4700, "approximate", status="planned", by="NATO"), F(600, "approximate", subject="United Kingdom")], ["NATO"])
add("ven", "headline", "US build-up in the Caribbean: 'over 10,000' service members now in the region\n\nThe Pentagon confirmed on Friday that the deployment, which began in August with three destroyers, had grown past 10,000 people, including about 4,500 aboard the amphibious group.",
    [F(10000, "at_least", subject="United States", tags=["other_noun"]), F(10000, "at_least", subject="United States", by="Pentagon"), F(4500, "approximate", kind="subset", subject="United States", by="Pentagon")], ["Pentagon"], headline=True)
add("ven", "translated", "The Bolivarian Militia counts already more than 8 million of enlisted, assured the president, who ordered to deploy 4.5 million of them in the entire country.",
    [F(8000000, "at_least", kind="army_size", subject="Venezuela", by="Nicolás Maduro"), F(4500000, kind="subset", status="planned", subject="Venezuela", by="Nicolás Maduro")], ["Nicolás Maduro"])
add("ven", "wire", "The strikes on suspected drug boats have killed at least 80 people since September, and Washington has spent more than $1 billion on the naval deployment, according to one estimate.",
    [], [])
add("nk", "wire", "SEOUL -- South Korea's spy agency believes North Korea has sent about 3,000 more troops to Russia this year. Together with the roughly 11,000 dispatched last autumn, that brings the total it has committed to some 14,000, lawmakers said after a briefing.",
    [F(3000, "approximate", subject="North Korea", by="National Intelligence Service"), F(11000, "approximate", subject="North Korea", by="National Intelligence Service"), F(14000, "approximate", subject="North Korea", by="National Intelligence Service")], ["National Intelligence Service", "South Korean lawmakers"])
add("nk", "live_blog", "09:40 North Korean casualties\n\nZelensky says Russia and North Korea lost up to a battalion of infantry in Kursk over two days. In all, the North Korean contingent has lost around 4,000, he said; 1,000 of them killed.",
    [F(4000, "approximate", kind="casualties", subject="North Korea", by="Volodymyr Zelensky"), F(1000, kind="casualties", subject="North Korea", by="Volodymyr Zelensky")], ["Volodymyr Zelensky"])
add("nk", "wire", "The North Korean troops are mostly from the Storm Corps, an elite unit thought to number 40,000 to 45,000, U.S. officials said.",
    [R(40000, 45000, kind="army_size", subject="North Korea", by="U.S. officials")], ["U.S. officials"])
add("nk", "wire", "Pyongyang has 1.28 million active-duty troops, among the world's largest militaries, but its gross domestic product is smaller than that of the city of Busan, which has 3.3 million residents.",
    [F(1280000, kind="army_size", subject="North Korea")], [])
add("ukr", "wire", "KYIV -- Russia is losing between 1,000 and 1,500 a day along the front, Ukraine's General Staff said, while Western officials estimate Moscow's total dead at well over 150,000.",
    [R(1000, 1500, kind="casualties", subject="Russia", by="Ukrainian General Staff"), F(150000, "at_least", kind="casualties", subject="Russia", by="Western officials")], ["Ukrainian General Staff", "Western officials"])
add("ukr", "wire", "Russia now has about 600,000 in Ukraine, Vladimir Putin told his annual news conference, adding that some 244,000 reservists had been mobilised and that a further 1,500 volunteers signed up each day.",
    [F(600000, "approximate", subject="Russia", by="Vladimir Putin"), F(244000, "approximate", subject="Russia", by="Vladimir Putin"), F(1500, subject="Russia", by="Vladimir Putin")], ["Vladimir Putin"])
add("ukr", "translated", "According to the Ukrainian Ministry of Defence, the Russian army has lost in the direction of Avdiivka more than 16 thousand of servicemen, and about 6 hundred of tanks and armoured vehicles.",
    [F(16000, "at_least", kind="casualties", subject="Russia", by="Ukrainian Defense Ministry")], ["Ukrainian Defense Ministry"])
add("ukr", "wire", "A prisoner exchange on Friday returned 95 Ukrainians home, the Ukrainian ombudsman said; Kyiv estimates that about 8,000 of its soldiers remain in Russian captivity.",
    [F(8000, "approximate", kind="casualties", subject="Ukraine", by="Ukraine")], ["Dmytro Lubinets", "Ukraine"])
add("ukr", "wire", "The brigade, formed in 2023 from mobilised men aged 40 to 55, has about 2,000 on its books but can field fewer than 800 at any time, its commander said.",
    [F(2000, "approximate", subject="Ukraine"), F(800, "at_most", subject="Ukraine")], [])
add("isr", "wire", "JERUSALEM -- The army has released thousands of reservists ahead of the holidays, but about 100,000 remain on duty, a military spokesman said. Some 40,000 of them are in Gaza.",
    [V(2000, 9000, subject="Israel"), F(100000, "approximate", subject="Israel", by="Israel Defense Forces"), F(40000, "approximate", kind="subset", subject="Israel", by="Israel Defense Forces")], ["Israel Defense Forces"])
add("isr", "wire", "The Pentagon ordered 2,000 troops to prepare for a possible deployment, and two carrier strike groups, with more than 7,500 sailors between them, are already in the eastern Mediterranean.",
    [F(2000, status="planned", subject="United States", by="Pentagon"), F(7500, "at_least", subject="United States")], ["Pentagon"])
add("isr", "wire", "Lebanon's army plans to recruit 1,500 soldiers and to deploy 10,000 in the south once the ceasefire holds, the government said. It currently has roughly 4,500 there.",
    [F(1500, status="planned", subject="Lebanon", by="Lebanese government"), F(10000, status="planned", subject="Lebanon", by="Lebanese government"), F(4500, "approximate", subject="Lebanon", by="Lebanese government")], ["Lebanese government"])
add("sah", "wire", "BAMAKO -- France completed the withdrawal of its last 2,400 soldiers from Mali on Monday, ending a nine-year mission in which 59 of its troops died.",
    [F(2400, subject="France"), F(59, kind="casualties", subject="France")], [])
add("sah", "translated", "The contingent of the Chad in the MINUSMA, the most exposed, has lost more than 60 of its men since 2013, for a total of around 1.400 deployed.",
    [F(60, "at_least", kind="casualties", subject="Chad"), F(1400, "approximate", subject="Chad")], [])
add("sah", "wire", "Niger's junta ordered some 1,000 U.S. military personnel to leave by September 15; the drone base at Agadez cost $110 million to build and lies 920 km from Niamey.",
    [F(1000, "approximate", subject="United States", by="Niger")], ["Niger"])
add("som", "wire", "MOGADISHU -- Al-Shabaab, which the UN estimates has between 7,000 and 12,000 fighters, killed at least 54 Ugandan peacekeepers in the attack on the Bulo Marer base, Uganda's president said.",
    [R(7000, 12000, kind="army_size", by="United Nations"), F(54, "at_least", kind="casualties", subject="Uganda", by="Yoweri Museveni")], ["United Nations", "Yoweri Museveni"])
add("som", "wire", "Egypt has offered up to 5,000 for the new AU mission and may post as many again under a bilateral deal, officials in Cairo said.",
    [F(5000, "at_most", status="planned", subject="Egypt", by="Egyptian officials")], ["Egyptian officials"])
add("kar", "wire", "YEREVAN -- About 1,000 Russian border guards have left Armenia's airport and its border with Iran under a deal reached in March; some 3,000 Russian soldiers still serve at the base in Gyumri.",
    [F(1000, "approximate", subject="Russia"), F(3000, "approximate", subject="Russia")], [])
add("kar", "wire", "Azerbaijan said on Thursday that 192 of its servicemen had been killed in the one-day offensive, and that 511 had been wounded. Karabakh's Armenian authorities gave their own toll as about 200.",
    [F(192, kind="casualties", subject="Azerbaijan", by="Azerbaijan"), F(511, kind="casualties", subject="Azerbaijan", by="Azerbaijan"), F(200, "approximate", kind="casualties", by="Karabakh's Armenian authorities")], ["Azerbaijan", "Karabakh's Armenian authorities"])
add("mex", "wire", "The Guard will send 300 more to Chicago next week, officials said, after about 200 arrived from Texas on Tuesday. The city has 2.7 million residents and a police force of some 11,700 officers.",
    [F(300, status="planned", subject="United States"), F(200, "approximate", subject="United States")], ["U.S. officials"])
add("isf", "wire", "The coalition says more than 2,500 Islamic State fighters were killed in the battle for Mosul's old city. Some 900,000 civilians fled during the nine-month campaign.",
    [F(2500, "at_least", kind="casualties", by="coalition")], ["coalition"])
add("afg", "wire", "WASHINGTON -- President Obama announced on Tuesday that an additional 30,000 would be sent to Afghanistan within six months, bringing the American force there to nearly 100,000. The surge will cost about $30 billion a year.",
    [F(30000, status="planned", subject="United States", by="Barack Obama"), F(100000, "approximate", status="planned", subject="United States", by="Barack Obama")], ["Barack Obama"])

existing = {n: json.load(open(f"/work/team/probes/figures.{n}.json")) for n in ["dev", "check"]}
# idempotent: drop this batch's items if the files hold them already
for d in existing.values(): d["items"] = [i for i in d["items"] if int(i["id"].split("-")[-1]) < 78]
for i, p in enumerate(P):
    existing["check" if i % 3 == 2 else "dev"]["items"].append(p)
for n, d in existing.items():
    json.dump(d, open(f"/work/team/probes/figures.{n}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(P), sum(len(p["figures"]) for p in P), sum(1 for p in P if not p["figures"]),
      {n: len(d["items"]) for n, d in existing.items()})
