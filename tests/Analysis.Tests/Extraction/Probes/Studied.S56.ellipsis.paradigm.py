# Paradigm table of troop figures whose noun is elided or far (fronted partitives, "another N", totals, figure nouns,
# changes of a number, own people words, headline-only context, arrival verbs) and near misses. Rerun: python3 THIS DLL TAG
# (prints PASS/FAIL per row and rows right / rows). Sentences are our own.
import csv, os, subprocess, sys, shutil, json
# Paradigm rows: (id, headline, [paragraphs], value, expect) ; expect: kind string (Deployment/Casualties/Subset/...), '*' any kind, or None (must not be found)
H = "North Korean troops in Kursk"
C = "North Korea has sent about 11,000 soldiers to Russia's Kursk region, South Korean intelligence says."
G = "Trump sends National Guard to Chicago"
CG = "The Pentagon has ordered 300 Illinois National Guard troops to Chicago, officials said."
R = []
def row(i, v, exp, *paras, h=H): R.append((i, h, list(paras), v, exp))
# --- partitive "of the N, M"
row('part-sep', 3000, 'Casualties', C, "Of the 11,000, some 3,000 have been killed or wounded, a lawmaker said.")
row('part-same', 3000, 'Casualties', C + " Of the 11,000, some 3,000 have been killed or wounded, a lawmaker said.")
row('part-approx', 3000, 'Casualties', C, "Of those roughly 11,000, about 3,000 have been killed or injured, according to Seoul.")
row('part-deployed', 8000, 'Subset', C, "Of the 11,000, about 8,000 are now deployed in Kursk, the agency said.")
row('part-nounlater', 300, 'Casualties', C, "Of the 11,000, at least 300 have died, lawmakers were told.")
# "N of them"
row('ofthem-kill', 3000, 'Casualties', C, "About 3,000 of them have been killed or wounded, a lawmaker said.")
row('ofthem-front', 8000, '*', C, "Some 8,000 of them are now at the front, the agency added.")
# another / a further / more
row('another-exp', 1500, 'Deployment', C, "Another 1,500 are expected to arrive next month, the agency added.")
row('another-sent', 3000, 'Deployment', C, "Another 3,000 were sent in January and February, the spy agency said.")
row('further-exp', 1500, 'Deployment', C, "A further 1,500 could be deployed by spring, officials said.")
row('further-arr', 2000, 'Deployment', C, "A further 2,000 arrived last month, according to Kyiv.")
row('more-follow', 1500, 'Deployment', C, "Some 1,500 more are expected to follow, the agency said.")
row('more-sent', 3000, 'Deployment', C, "Pyongyang has since sent 3,000 more, Seoul says.")
# totals
row('total-sent', 12000, 'Deployment', C, "A total of 12,000 have now been sent, Kyiv says.")
row('total-bring', 14000, 'Deployment', C, "Pyongyang sent 3,000 more in January, bringing the total to 14,000, Seoul said.")
row('total-bring2', 14000, '*', C, "The new arrivals bring the total to about 14,000, the agency said.")
row('inall', 14000, 'Deployment', C, "Some 14,000 have been sent in all, the agency said.")
# grown / risen / fallen to
row('grown-to', 12000, 'Deployment', C, "The number of North Koreans fighting in Kursk has grown to 12,000, Kyiv says.")
row('risen-to', 12000, 'Deployment', C, "That number has since risen to about 12,000, according to Ukraine.")
row('fallen-to', 8000, 'Deployment', C, "That number has fallen to about 8,000 after heavy losses, Seoul said.")
row('grown-to-noctx', 12000, 'Deployment', "The number of North Koreans fighting in Kursk has grown to 12,000, Kyiv says.")
row('up-from', 12000, 'Deployment', C, "Kyiv now says there are 12,000, up from 11,000 in December.")
# number / figure / count
row('figure-of', 400, '*', C, "The figure of 400 came in a report by the agency.", h=H)
row('figure-of-gao', 400, '*', "The Marines sent to Los Angeles were fewer than announced.", "The figure of 400 came in a report by the Government Accountability Office.", h="Marines in Los Angeles")
row('putnum', 3000, 'Casualties', C, "Seoul put the number of dead and wounded at 3,000.")
row('putnum2', 12000, 'Deployment', C, "Ukrainian intelligence puts the number at 12,000.")
row('number-is', 12000, 'Deployment', C, "The real number is closer to 12,000, a Ukrainian official said.")
row('estimate-n', 12000, 'Deployment', C, "Kyiv's estimate is 12,000.")
row('count-stands', 12000, 'Deployment', C, "The count now stands at 12,000, a lawmaker said.")
# passive verbs
row('have-killed', 300, 'Casualties', C, "At least 300 have been killed and 2,700 wounded, lawmakers said.")
row('have-deployed', 11000, 'Deployment', "Pyongyang has deployed about 11,000 to Russia, officials say.")
row('sent-noctx', 11000, 'Deployment', "Pyongyang has sent about 11,000 to Russia, officials say.")
row('sent-noctx2', 11000, 'Deployment', "North Korea has sent about 11,000 to fight for Russia.")
row('arrived', 2000, 'Deployment', C, "About 2,000 arrived in Kursk last week, Kyiv says.")
row('captured', 2, 'Casualties', C, "Two were captured by Ukrainian forces in January.")
# strong
row('strong', 11000, 'Deployment', C, "The 11,000-strong contingent has suffered heavy losses.")
row('strong2', 500, 'Deployment', C, "A 500-strong unit was sent to Kursk in March.")
# own troop word in the sentence
row('own-nk', 12000, 'Deployment', "Kyiv says the North Koreans now number about 12,000.")
row('own-guard', 500, 'Deployment', "The Guard members, about 500 in all, patrol downtown.", h=G)
row('guard-grown', 700, 'Deployment', CG, "The deployment has grown to 700, the Pentagon said.", h=G)
row('guard-another', 200, 'Deployment', CG, "Another 200 from Texas arrived on Tuesday, officials said.", h=G)
row('guard-ofthe', 100, '*', CG, "Of the 300, about 100 are stationed at the federal building.", h=G)
row('guard-further', 400, 'Deployment', CG, "A further 400 will be sent from Texas, the governor said.", h=G)
row('guard-total', 700, 'Deployment', CG, "That brings the total to 700, the Pentagon said.", h=G)
# headline license only
row('hl-another', 1500, 'Deployment', "Another 1,500 are expected to arrive next month, the agency said.")
row('hl-grown', 12000, 'Deployment', "The number has grown to 12,000, Kyiv says.")
# Near misses (None = must not be found)
row('nm-money', 3000000, None, C, "Of the $5 million, some $3 million has been spent, a lawmaker said.")
row('nm-percent', 30, None, C, "Of those, 30 percent have been killed, a lawmaker said.")
row('nm-years', 2024, None, C, "The number has been rising since 2024, officials said.")
row('nm-civ', 3000, None, C, "Another 3,000 civilians have fled the region, the UN said.")
row('nm-refugees', 12000, None, C, "The number of refugees has grown to 12,000, the UN says.")
row('nm-members', 20, None, C, "Of the 27 members, 20 voted for the motion.")
row('nm-votes', 300, None, C, "The resolution passed with 300 votes in favour.")
row('nm-age', 19, None, C, "Most of them are aged between 19 and 25, the agency said.")
row('nm-vehicles', 150, None, C, "Another 150 tanks are expected to arrive next month.")
row('nm-shells', 5000000, None, C, "Pyongyang has also sent some 5 million shells, Seoul says.")
row('nm-price', 12000, None, C, "The price of rice has risen to 12,000 won, traders said.")
row('nm-deaths-civ', 400, None, C, "The figure of 400 civilian deaths came in a UN report.")
row('nm-pop', 12000, None, C, "The town's population has fallen to 12,000.")
row('nm-missiles', 1500, None, C, "A further 1,500 missiles could be delivered by spring, officials said.")
row('nm-exercise-tot', 700, None, "The city council met on Tuesday. That brings the total to 700 complaints this year.", h="Council meeting")

S = "US forces in Syria"
CS = "The Pentagon has long said about 900 American troops are deployed in Syria."
row('num-actual', 2000, 'Deployment', CS, "The actual number in Syria is about 2,000, a defense official said.", h=S)
row('num-saying', 2000, 'Deployment', CS, "\"We are saying the number is 2,000 today,\" the spokesman told reporters.", h=S)
row('num-was-range', 1500, '*', CS, "Officials said the number actually in the country was closer to 1,500.", h=S)
row('bring-inverted', 14000, 'Deployment', C, "Pyongyang will send 3,000 more by March, bringing to 14,000 the total number deployed, Seoul said.")
row('listed-far-short', 1720, '*', CS, "That is far short of the 1,720 listed in a quarterly report by the Pentagon.", h=S)
row('half-of-that', 13000, '*', CS, "More than half of that 13,000 are based in Iraq, officials said.", h=S)
row('remaining', 200, 'Deployment', CG, "The remaining 200 are heading to Portland, the governor said.", h=G)
row('nk-number', 12000, 'Deployment', "Kyiv estimates the number of North Koreans in Kursk at 12,000.")
row('nk-number2', 12000, 'Deployment', C, "Kyiv estimates their number at 12,000.")
row('guard-number-figure', 400, '*', CG, "The figure of 400 was given by the governor's office.", h=G)
row('of-those-sent', 8000, '*', C, "Of those sent, about 8,000 are at the front, the agency said.")
row('ofthe-guard-stay', 350, '*', "Governor Cooper mobilized 550 Guard members on Tuesday.", "Of the 550, 350 will stay in the state and 200 will go to Washington.", h=G)
row('nm-number-cases', 12000, None, CS, "The number of cases in the camp has grown to 12,000, the WHO said.", h=S)
row('nm-of-the-dollars', 300, None, CS, "Of the $900 million budget, $300 million went to training.", h=S)
row('nm-figure-of-cost', 400, None, CS, "The figure of $400 million came in a Pentagon report.", h=S)
row('nm-of-the-votes', 60, None, CS, "The Senate voted on the bill. Of the 100 senators, 60 backed it.", h=S)

row('first-reached', 300, 'Deployment', CG, "The first 300 reached the city on Tuesday, officials said.", h=G)
row('about-entered', 200, 'Deployment', C, "About 200 entered Kursk in the first week, Kyiv says.")
row('last-touched', 90, '*', CG, "The last 90 touched down at O'Hare on Monday.", h=G)
row('nm-protest-reached', 40, None, "Police detained 150 protesters on Friday. Another 40 reached the square later.", h="Protests in the capital")
row('nm-toll-reached', 300, None, C, "The death toll from the floods in the south reached 300 on Monday, the UN said.")

def run(dll, tag):
    d = f'/tmp/paradigm_pages_{tag}'; shutil.rmtree(d, ignore_errors=True); os.makedirs(d+'/in')
    for i, h, ps, v, e in R:
        open(f'{d}/in/{i}.md','w').write(h + '\n\n' + '\n\n'.join(ps) + '\n')
    subprocess.run(['dotnet', dll, 'extract', d+'/in', '--out', d+'/out', '--threads', '1'], check=True, capture_output=True)
    got = {}
    rows = list(csv.DictReader(open(d+'/out/troop_counts.csv')))
    return rows
if __name__ == '__main__':
    dll, tag = sys.argv[1], sys.argv[2]
    rows = run(dll, tag)
    keys = rows[0].keys() if rows else []
    by = {}
    for r in rows:
        doc = [k for k in keys if k in ('document','doc','file','article','id')]
        by.setdefault(r[doc[0]] if doc else '', []).append(r)
    if '-k' in sys.argv: print(list(keys)); print(list(by)[:3])
    ok = 0
    for i, h, ps, v, e in R:
        fs = [r for k, rs in by.items() if k.endswith(i) or k.endswith(i+'.md') or k == i for r in rs]
        hit = [r for r in fs if r['value'] and abs(float(r['value']) - v) < 0.5]
        if e is None: good = not hit
        else: good = bool(hit) and (e == '*' or any(r['kind'].lower() == e.lower() for r in hit))
        ok += good
        print(('PASS ' if good else 'FAIL ') + i, v, e, '|', '; '.join(f"{r['value']}:{r['kind']}:{r['status']}" for r in fs))
    print(f'{tag}: {ok}/{len(R)}')
