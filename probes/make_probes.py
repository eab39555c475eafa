# Writes the figures lane's probe set (session 13): passages of our own in the shapes of real reporting, split by a
# fixed rule (every third passage, 0-based index % 3 == 2, goes to check) before the kit is run on them.
import json
N = None
def F(v=None, hedge="exact", kind="deployment", status="current", subject=None, by=None, via=None, low=None, high=None, tags=()):
    f = {}
    if hedge in ("range", "vague"): f["low"], f["high"] = low, high
    else:
        f["value"] = v
        if hedge == "at_least": f["low"] = v
        if hedge == "at_most": f["high"] = v
    f.update(hedge=hedge, kind=kind, status=status, subject=subject)
    if by: f["attributed_to"] = by
    if via: f["via"] = via
    f["tags"] = list(tags)
    return f
def R(lo, hi, **k): return F(hedge="range", low=lo, high=hi, **k)
def V(lo, hi, **k): return F(hedge="vague", low=lo, high=hi, **k)
P = []
def add(story, style, text, figures, sources, headline=False):
    item = {"id": f"s13-fig-{len(P)+1:02d}", "story": story, "style": style, "split": "dev"}
    if headline: item["headline"] = True
    item.update(text=text, figures=figures, sources=sources, tags=[])
    P.append(item)

# ---- foreign fighters in Syria and Iraq, 2014-15 ----
add("isf", "wire", "WASHINGTON -- U.S. intelligence officials now put the number of foreign fighters who have travelled to Syria and Iraq at more than 20,000, up from roughly 15,000 in the autumn, and say at least 3,400 of them came from Western countries.",
    [F(20000, "at_least", by="U.S. intelligence officials", tags=["estimate_verb"]), F(15000, "approximate", status="earlier", by="U.S. intelligence officials"),
     F(3400, "at_least", kind="subset", by="U.S. intelligence officials", tags=["ellipsis"])], ["U.S. intelligence officials"])
add("isf", "headline", "Three thousand Islamic State fighters cross into Anbar, council says\n\nThe head of Anbar's provincial council said on Monday that intelligence showed some 3,000 militants had crossed the Syrian border and reached the province through Mosul.",
    [F(3000, tags=["number_word"], by="Anbar provincial council"), F(3000, "approximate", by="Anbar provincial council")], ["Anbar provincial council"], headline=True)
add("isf", "wire", "Kurdish commanders say the Islamic State has drawn thousands of new recruits since June. \"There could be 30,000 of them by the spring,\" one commander told Reuters.",
    [V(2000, 9000, by="Kurdish commanders"), F(30000, status="planned", by="Kurdish commanders", via=None, tags=["ellipsis"])], ["Kurdish commanders", "Reuters"])
add("isf", "wire", "The State Department believes approximately 12,000 fighters from at least 50 countries have gone to Syria, a spokeswoman said, adding that more than 100 Americans had tried to travel there.",
    [F(12000, "approximate", by="U.S. State Department")], ["U.S. State Department"])

# ---- Rwandan troops and M23 in eastern Congo, 2024-25 ----
add("drc", "wire", "UNITED NATIONS (AP) -- Between 3,000 and 4,000 Rwandan government forces are operating in eastern Congo alongside the M23 rebels, a panel of U.N. experts said in a 293-page report, calling the estimate conservative.",
    [R(3000, 4000, subject="Rwanda", by="U.N. experts")], ["U.N. experts", "Associated Press"])
add("drc", "wire", "GOMA -- Some 3,000-4,000 Rwandan soldiers are fighting beside the M23, whose own fighters are thought to number around 3,000, according to the experts' report seen by AFP.",
    [R(3000, 4000, subject="Rwanda", by="U.N. experts", tags=["hedge_range"]), F(3000, "approximate", by="U.N. experts", tags=["amount_verb"])], ["U.N. experts", "Agence France-Presse"])
add("drc", "think_tank", "The M23, which counted a few hundred fighters when it re-emerged in late 2021, now fields as many as 6,500, the experts wrote.",
    [V(200, 900, status="earlier", by="U.N. experts"), F(6500, "at_most", by="U.N. experts", tags=["ellipsis"])], ["U.N. experts"])
add("drc", "wire", "More than 120 armed groups are active in eastern Congo, and the fighting around Goma has displaced some 700,000 people since January, aid agencies said.",
    [], ["aid agencies"])
add("drc", "wire", "Burundi has kept about 10,000 soldiers in South Kivu, and a further 1,000 were reportedly sent in February, Congolese security sources said.",
    [F(10000, "approximate", subject="Burundi", by="Congolese security sources"), F(1000, subject="Burundi", by="Congolese security sources", tags=["ellipsis"])], ["Congolese security sources"])
add("drc", "wire", "The southern African mission, which at its peak numbered some 2,900 personnel, began pulling out in March; South Africa alone lost 14 soldiers in the January fighting for Goma.",
    [F(2900, "approximate", status="earlier", tags=["other_noun"]), F(14, kind="casualties", subject="South Africa")], [])

# ---- Karabakh and Armenia-Azerbaijan, 2020-24 ----
add("kar", "wire", "MOSCOW -- Russia will withdraw all of its nearly 2,000 peacekeepers from Karabakh, the Kremlin said on Wednesday. Under the 2020 truce, 1,960 Russian soldiers had been stationed in the region with hundreds of armoured vehicles.",
    [F(2000, "approximate", subject="Russia", by="Kremlin"), F(1960, subject="Russia")], ["Kremlin"])
add("kar", "wire", "Armenia said 207 of its servicemen had been killed or were missing after two days of fighting on the border, while Baku put its own losses at 80.",
    [F(207, kind="casualties", subject="Armenia", by="Armenia"), F(80, kind="casualties", subject="Azerbaijan", by="Azerbaijan", tags=["estimate_verb"])], ["Armenia", "Azerbaijan"])
add("kar", "translated", "According to the ministry, the number of the dead servicemen of the Azerbaijani Army has reached 2.783, while more than 100 are considered missing.",
    [F(2783, kind="casualties", subject="Azerbaijan", by="Azerbaijani Defense Ministry", tags=["translated"]), F(100, "at_least", kind="casualties", subject="Azerbaijan", by="Azerbaijani Defense Ministry", tags=["ellipsis"])], ["Azerbaijani Defense Ministry"])
add("kar", "wire", "Azerbaijan has massed as many as 10,000 near the Lachin corridor, Armenian officials claimed, a figure Baku dismissed as fiction.",
    [F(10000, "at_most", subject="Azerbaijan", by="Armenian officials", tags=["build_up"])], ["Armenian officials"])
add("kar", "wire", "Some 100,000 ethnic Armenians, more than 80% of the enclave's population, fled to Armenia within a week of the offensive, Yerevan said.",
    [], ["Armenia"])

# ---- North Korean troops in Russia, 2024-25 ----
add("nk", "wire", "SEOUL -- North Korea has sent another 3,000 to 4,000 soldiers to Russia since January, South Korea's Joint Chiefs of Staff said, bringing the total to as many as 15,000.",
    [R(3000, 4000, subject="North Korea", by="Joint Chiefs of Staff"), F(15000, "at_most", subject="North Korea", by="Joint Chiefs of Staff", tags=["ellipsis"])], ["Joint Chiefs of Staff"])
add("nk", "wire", "Of the roughly 11,000 sent last autumn, about 4,000 are estimated to have been killed or wounded, the National Intelligence Service told lawmakers.",
    [F(11000, "approximate", subject="North Korea", by="National Intelligence Service", tags=["ellipsis"]), F(4000, "approximate", kind="casualties", subject="North Korea", by="National Intelligence Service", tags=["ellipsis"])], ["National Intelligence Service"])
add("nk", "live_blog", "Kim Jong Un has pledged more troops for Russia's war, Ukrainian intelligence says.\n\n\"There may soon be 40,000 of them,\" an officer of the agency told the Kyiv Independent.",
    [F(40000, status="planned", subject="North Korea", by="Ukrainian intelligence", via=None, tags=["ellipsis"])], ["Ukrainian intelligence", "Kyiv Independent"])
add("nk", "wire", "Russia's losses now run at around 1,200 a day, Britain's defence intelligence said, and the North Korean units in Kursk have suffered heavily too.",
    [F(1200, "approximate", kind="casualties", subject="Russia", by="British Defence Intelligence", tags=["rate"])], ["British Defence Intelligence"])
add("nk", "wire", "Pyongyang could eventually commit a total of 65,000 to the war, according to a lawmaker briefed by the spy agency.",
    [F(65000, status="planned", subject="North Korea", tags=["ellipsis"])], ["National Intelligence Service"])
add("nk", "wire", "Six thousand North Korean military builders and deminers will go to Kursk, Sergei Shoigu, the secretary of Russia's Security Council, said in Pyongyang.",
    [F(6000, status="planned", subject="North Korea", by="Sergei Shoigu", tags=["number_word"])], ["Sergei Shoigu"])
add("nk", "wire", "North Korea has sent some 15,000 workers to Russian construction sites this year, and the UN estimates that 100,000 North Koreans work abroad to earn hard currency for the regime.",
    [], ["United Nations"])
add("nk", "wire", "Ukraine's army says it has captured a North Korean soldier in Kursk, and Kyiv believes as many as 300 have been killed in the past week alone.",
    [F(300, "at_most", kind="casualties", subject="North Korea", by="Ukraine", tags=["ellipsis"])], ["Ukrainian Armed Forces", "Ukraine"])
add("nk", "translated", "According to the Ukrainian intelligence, the losses of the North Korean contingent have surpassed the 3.000, among dead and wounded.",
    [F(3000, "at_least", kind="casualties", subject="North Korea", by="Ukrainian intelligence", tags=["translated"])], ["Ukrainian intelligence"])
add("nk", "translated", "The deployment of more than 10.000 effectives of the Korean People's Army in the region of Kursk was confirmed by the service of intelligence of South Korea.",
    [F(10000, "at_least", subject="North Korea", by="National Intelligence Service", tags=["translated", "other_noun"])], ["National Intelligence Service"])
add("nk", "wire", "Pyongyang flies its soldiers to Vladivostok in batches of about 500 every two weeks, according to the NIS.",
    [F(500, "approximate", subject="North Korea", by="National Intelligence Service")], ["National Intelligence Service"])

# ---- Afghanistan, 2001 and 2009-15 ----
add("afg", "wire", "North of Kabul, the Northern Alliance faces more than 20,000 Taliban warriors as well as foreign mercenaries, the newspaper quoted Pentagon sources as saying. Near Taluqan it confronts from 10,000 to 15,000 soldiers of the Taliban's 5th and 7th corps.",
    [F(20000, "at_least", by="Pentagon sources", tags=["other_noun"]), R(10000, 15000)], ["Pentagon sources"])
add("afg", "wire", "The Arab brigade financed by bin Laden numbers from 500 to 1,000 mercenaries, and Taliban ranks include another 1,000 to 2,000 Arab militants, the report said.",
    [R(500, 1000, kind="army_size"), R(1000, 2000, kind="army_size")], [])
add("afg", "wire", "Around 200 militants have been killed so far, along with 12 Afghan soldiers, in the fighting for Kunduz, an interior ministry spokesman said on Wednesday.",
    [F(200, "approximate", kind="casualties", by="Afghan Interior Ministry"), F(12, kind="casualties", subject="Afghanistan", by="Afghan Interior Ministry")], ["Afghan Interior Ministry"])
add("afg", "wire", "KABUL -- The build-up of 21,000 additional U.S. forces in Afghanistan may push militants over the border, officials in Islamabad fear, as Pakistan's own troops fight the Taliban in Swat.",
    [F(21000, subject="United States")], ["Pakistani officials"])

# ---- Mexico and the US at the border, 2025 ----
add("mex", "wire", "MEXICO CITY -- Mexico has begun deploying 10,000 National Guard members and soldiers to its northern border under a deal that paused U.S. tariffs for a month.",
    [F(10000, subject="Mexico")], [])
add("mex", "translated", "From the Military Camp No. 1-A, 2.700 elements of the Army left by road toward Baja California, Sonora and Chihuahua, while another 990 were flown to Tijuana and Matamoros.",
    [F(2700, subject="Mexico", tags=["translated", "other_noun"]), F(990, subject="Mexico", tags=["ellipsis"])], [])
add("mex", "wire", "Currently about 2,200 active-duty troops and 4,500 Guard members support the Border Patrol, and the Pentagon says up to 10,000 could be sent in the coming months.",
    [F(2200, "approximate", subject="United States"), F(4500, subject="United States"), F(10000, "at_most", status="planned", subject="United States", by="Pentagon", tags=["ellipsis"])], ["Pentagon"])
add("mex", "headline", "Mexico sends almost 15,000 soldiers and Guardsmen to its northern frontier\n\n\"We have a total deployment of almost 15,000 men in the north of the country,\" Defence Secretary Luis Cresencio Sandoval told the president's morning news conference.",
    [F(15000, "approximate", subject="Mexico"), F(15000, "approximate", subject="Mexico", by="Luis Cresencio Sandoval", tags=["other_noun"])], ["Luis Cresencio Sandoval"], headline=True)
add("mex", "wire", "In 2018 more than 7,000 troops were sent in response to a migrant caravan; this time the Pentagon has announced 1,500 additional soldiers, raising the total deployed to approximately 3,600.",
    [F(7000, "at_least", status="earlier", subject="United States"), F(1500, subject="United States", by="Pentagon"), F(3600, "approximate", subject="United States", by="Pentagon", tags=["ellipsis"])], ["Pentagon"])
add("mex", "wire", "Border Patrol recorded some 29,000 apprehensions in February, down 94 percent from a year earlier, and the new detention site at Fort Bliss can hold up to 5,000 migrants.",
    [], ["U.S. Border Patrol"])

# ---- Wagner and Africa Corps ----
add("wag", "official", "Mali's junta pays the Wagner Group about $10 million a month for the services of approximately 1,000 mercenaries, who work alongside the Malian armed forces, a Canadian official told the committee.",
    [F(1000, "approximate", subject="Russia", by="Canadian officials")], ["Canadian officials"])
add("wag", "think_tank", "There are slightly under 2,000 Russian fighters supporting the government in the Central African Republic, and one to two thousand are said to be waiting in eastern Libya.",
    [F(2000, "at_most", subject="Russia"), R(1000, 2000, subject="Russia", tags=["number_word", "ellipsis"])], [])
add("wag", "wire", "\"A thousand Wagner fighters are able to restore order,\" Prigozhin wrote on Telegram, offering his men to Niger's new rulers.",
    [F(1000, status="planned", subject="Russia", by="Yevgeny Prigozhin", tags=["number_word"])], ["Yevgeny Prigozhin"])
add("wag", "wire", "Africa Corps, which Moscow says now numbers some 2,500 people in Mali, suffered its worst losses in the Tinzaouaten ambush in July, when Tuareg rebels claimed to have killed 84 Russians.",
    [F(2500, "approximate", subject="Russia", by="Russia", tags=["other_noun"]), F(84, kind="casualties", subject="Russia", by="Tuareg rebels", tags=["foreign_nationals"])], ["Russia", "Tuareg rebels"])
add("wag", "think_tank", "Wagner was paid in gold concessions worth an estimated $200 million, and ACLED recorded 298 violent incidents involving the group between December 2021 and June 2023.",
    [], ["ACLED"])

# ---- Russia's war on Ukraine, 2023-25 ----
add("ukr", "wire", "KYIV -- Russia has massed up to 90,000 near Pokrovsk, Ukraine's commander-in-chief Oleksandr Syrskyi said, adding that the enemy outnumbered his forces three to one in places.",
    [F(90000, "at_most", subject="Russia", by="Oleksandr Syrskyi", tags=["build_up", "ellipsis"])], ["Oleksandr Syrskyi"])
add("ukr", "wire", "Russia's losses exceeded 1,500 a day in December, the highest rate of the war, according to the Ukrainian General Staff, which puts total Russian casualties at around 790,000.",
    [F(1500, "at_least", kind="casualties", subject="Russia", by="Ukrainian General Staff", tags=["rate"]), F(790000, "approximate", kind="casualties", subject="Russia", by="Ukrainian General Staff")], ["Ukrainian General Staff"])
add("ukr", "wire", "Britain's Ministry of Defence estimates that Russia has lost some 45,000 killed or wounded in the Kursk operation alone.",
    [F(45000, "approximate", kind="casualties", subject="Russia", by="British Defence Ministry", tags=["ellipsis"])], ["British Defence Ministry"])
add("ukr", "wire", "At least 20,000 Cubans may have signed contracts with Russia's army, a Ukrainian intelligence project says, far more than the 200 Havana has acknowledged.",
    [F(20000, "at_least", subject="Cuba", by="Ukrainian intelligence", tags=["foreign_nationals"]), F(200, subject="Cuba", by="Cuba")], ["Ukrainian intelligence", "Cuba"])
add("ukr", "wire", "Nepal says 48 of its citizens have died fighting for Russia and a further 12 are missing; it believes as many as 200 others remain in Russian uniform.",
    [F(48, kind="casualties", subject="Nepal", by="Nepal", tags=["foreign_nationals"]), F(12, kind="casualties", subject="Nepal", by="Nepal", tags=["ellipsis"]),
     F(200, "at_most", subject="Nepal", by="Nepal", tags=["ellipsis"])], ["Nepal"])
add("ukr", "wire", "India has asked Moscow to release the 35 Indians still serving in the Russian army; 12 of them have been killed, the foreign ministry said.",
    [F(35, subject="India", by="Indian Foreign Ministry", tags=["foreign_nationals"]), F(12, kind="casualties", subject="India", by="Indian Foreign Ministry")], ["Indian Foreign Ministry"])
add("ukr", "wire", "Some 3,000 Indian students returned from Russia this year, and 85 nationals who had been lured there by agents came home in May.",
    [], [])
add("ukr", "wire", "Ukraine holds more than 8,000 Russian prisoners of war, its ombudsman said after the latest exchange of 150 for 150.",
    [F(8000, "at_least", kind="casualties", subject="Russia", by="Dmytro Lubinets")], ["Dmytro Lubinets"])
add("ukr", "translated", "Russia recruited as many as 12,000 from its penal colonies in the first half of the year, indicated the British intelligence in its daily update.",
    [F(12000, "at_most", subject="Russia", by="British Defence Intelligence", tags=["ellipsis"])], ["British Defence Intelligence"])
add("ukr", "wire", "Russia signed up some 190,000 new contract soldiers in the first half of the year, Dmitry Medvedev said, and another 1,000 to 2,000 volunteers join every day.",
    [F(190000, "approximate", subject="Russia", by="Dmitry Medvedev"), R(1000, 2000, subject="Russia", by="Dmitry Medvedev", tags=["rate"])], ["Dmitry Medvedev"])
add("ukr", "wire", "Foreign volunteers, who number some 8,000 people in Ukraine's International Legion according to its command, come from more than 50 countries.",
    [F(8000, "approximate", by="International Legion", tags=["other_noun"])], ["International Legion"])
add("ukr", "wire", "The Kursk region, home to 1.1 million people before the incursion, has evacuated more than 150,000 residents, officials said.",
    [], ["Russian officials"])
add("ukr", "official", "Defence spending rose by 24 percent to 13.1 trillion roubles, the ministry said, as the army took delivery of 1,500 tanks and 3,000 drones.",
    [], ["Russian Defense Ministry"])

# ---- Israel, Gaza and Lebanon, 2023-24 ----
add("isr", "wire", "TEL AVIV -- Israel has called up some 360,000 reservists, the military said, and about 300,000 of them are now deployed on the Gaza and Lebanon fronts.",
    [F(360000, "approximate", subject="Israel", by="Israel Defense Forces"), F(300000, "approximate", kind="subset", subject="Israel", by="Israel Defense Forces")], ["Israel Defense Forces"])
add("isr", "wire", "The army says 726 soldiers have been killed since October 7, 2023, and that more than 4,500 service members were wounded.",
    [F(726, kind="casualties", subject="Israel", by="Israel Defense Forces"), F(4500, "at_least", kind="casualties", subject="Israel", by="Israel Defense Forces", tags=["other_noun"])], ["Israel Defense Forces"])
add("isr", "wire", "Hezbollah, whose fighters Israel estimates at 40,000 to 50,000, says it has lost about 500 men.",
    [R(40000, 50000, kind="army_size", by="Israel"), F(500, "approximate", kind="casualties", by="Hezbollah", tags=["other_noun"])], ["Israel", "Hezbollah"])
add("isr", "wire", "The Gaza health ministry says more than 40,000 people have been killed, without distinguishing between civilians and combatants.",
    [], ["Gaza Health Ministry"])
add("isr", "wire", "The United States has about 40,000 service members in the region, and a further 2,000 Marines are on standby in the eastern Mediterranean, a Pentagon official said.",
    [F(40000, "approximate", subject="United States", by="Pentagon officials", tags=["other_noun"]), F(2000, status="planned", subject="United States", by="Pentagon officials")], ["Pentagon officials"])
add("isr", "wire", "Israel's army said 21 soldiers were killed when two buildings collapsed in central Gaza, the deadliest single incident for its ground forces since the war began.",
    [F(21, kind="casualties", subject="Israel", by="Israel Defense Forces")], ["Israel Defense Forces"])

# ---- Haiti, Sudan, Yemen, Somalia ----
add("hti", "wire", "PORT-AU-PRINCE -- A second contingent of 200 Kenyan police officers landed on Tuesday, bringing the Kenya-led mission to about 400, well short of the 2,500 it was meant to have.",
    [F(200, subject="Kenya"), F(400, "approximate"), F(2500, status="planned")], [])
add("sud", "think_tank", "The Rapid Support Forces, which count some 100,000 fighters, have recruited thousands more in Darfur since April, according to a panel of UN experts.",
    [F(100000, "approximate", kind="army_size", by="U.N. experts"), V(2000, 9000, by="U.N. experts", tags=["ellipsis"])], ["U.N. experts"])
add("sud", "wire", "Saudi Arabia has deployed 150,000 troops and about 100 fighter jets for its campaign in Yemen, Al Arabiya reported.",
    [F(150000, subject="Saudi Arabia", by="Al Arabiya")], ["Al Arabiya"])
add("sud", "wire", "Sudan's army said it had killed more than 1,000 RSF combatants near El Fasher and captured about 200, figures that could not be independently verified.",
    [F(1000, "at_least", kind="casualties", by="Sudanese Armed Forces", tags=["other_noun"]), F(200, "approximate", kind="casualties", by="Sudanese Armed Forces", tags=["ellipsis"])], ["Sudanese Armed Forces"])
add("som", "wire", "The African Union force in Somalia, which once had some 22,000 troops, is to drop to about 11,000 under its successor mission, with Ethiopia providing nearly 2,500 of them.",
    [F(22000, "approximate", status="earlier"), F(11000, "approximate", status="planned"), F(2500, "approximate", kind="subset", status="planned", subject="Ethiopia")], [])
add("som", "wire", "Uganda, the largest contributor, keeps over 4,000 in Somalia, and Burundi some 2,000.",
    [F(4000, "at_least", subject="Uganda", tags=["ellipsis"]), F(2000, "approximate", subject="Burundi", tags=["gapping"])], [])

# ---- US forces in Syria and Iraq, 2024-25 ----
add("syr", "wire", "The Pentagon acknowledged on Thursday that about 2,000 U.S. troops were in Syria, more than double the 900 it had long cited.",
    [F(2000, "approximate", subject="United States", by="Pentagon"), F(900, status="earlier", subject="United States", by="Pentagon")], ["Pentagon"])
add("syr", "wire", "U.S. forces in Iraq, numbering roughly 2,500, will move to Erbil by September 2026 under the agreement with Baghdad.",
    [F(2500, "approximate", subject="United States", tags=["amount_verb"])], [])

# ---- translated copy: France, Venezuela, Guyana ----
add("fra", "translated", "Paris disposes of some 1.000 militaries in Chad, who will have quit the country before the end of January, announced the ministry of the Armies.",
    [F(1000, "approximate", status="planned", subject="France", by="French Armed Forces Ministry", tags=["translated"])], ["French Armed Forces Ministry"])
add("ven", "translated", "The National Bolivarian Armed Force activated 284 fronts of battle and mobilised some 8.200 combatants in Zulia, informed the minister Vladimir Padrino López.",
    [F(8200, "approximate", subject="Venezuela", by="Vladimir Padrino López", tags=["translated", "other_noun"])], ["Vladimir Padrino López"])
add("ven", "wire", "At least 20,000-25,000 Venezuelan troops were moved toward the Essequibo border, Guyanese officials claimed; Caracas said the true number was below 5,000.",
    [R(20000, 25000, subject="Venezuela", by="Guyanese officials", tags=["hedge_range"]), F(5000, "at_most", subject="Venezuela", by="Venezuela")], ["Guyanese officials", "Venezuela"])
add("ven", "wire", "The 2,200-km border, which Venezuela's army patrols with two brigades, runs through forest that has not been surveyed since 1966.",
    [], [])
add("lac", "wire", "China has stationed around 50,000 to 60,000 troops along the Line of Actual Control, and India has matched the deployment, an Indian official said.",
    [R(50000, 60000, subject="China", by="Indian officials")], ["Indian officials"])
add("kar", "wire", "Azerbaijan moved four battalions and some 40 tanks toward the border overnight, Yerevan said.",
    [], ["Armenia"])
add("ukr", "wire", "The recruits, aged 19 to 25 for the most part, were paid 2,000 dollars a month and given 15 days of leave every six months.",
    [], [])
add("pol", "wire", "Poland's army is to grow to 300,000 personnel by 2035, up from about 200,000 now, the defence minister said.",
    [F(300000, kind="army_size", status="planned", subject="Poland", by="Polish Defense Ministry"), F(200000, "approximate", kind="army_size", subject="Poland", by="Polish Defense Ministry")], ["Polish Defense Ministry"])
add("tig", "translated", "The federal army acknowledges that more than 50,000 former combatants of the region still wait to be disarmed, and seven thousand have handed in their weapons.",
    [F(50000, "at_least", kind="deployment", status="planned", by="Ethiopian National Defense Force", tags=["other_noun"]), F(7000, kind="deployment", by="Ethiopian National Defense Force", tags=["number_word", "ellipsis"])], ["Ethiopian National Defense Force"])

if __name__ == "__main__":
  for i, p in enumerate(P): p["_check"] = i % 3 == 2
  dev = [{k: v for k, v in p.items() if k != "_check"} for p in P if not p["_check"]]
  chk = [{k: v for k, v in p.items() if k != "_check"} for p in P if p["_check"]]
  for name, items in [("dev", dev), ("check", chk)]:
      json.dump({"items": items}, open(f"/work/team/probes/figures.{name}.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
  print(len(P), len(dev), len(chk), sum(len(p["figures"]) for p in P), sum(1 for p in P if not p["figures"]))
