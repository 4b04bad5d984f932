"""Golden tests for the extraction rules: (sentence, expected facts) tables, one per rule family.

Every sentence here was written for this project; names and titles are invented.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.model import Article

# (text, facts that must be found as (subject label, relation, object label))
GOLDEN = [
    # credit blocks and cast lists
    ("Directed by Mara Quill and written by Tobias Fenn, Glass Harbor stars Ines Holt, Dev Patil, and Oren Blake.",
     {("Glass Harbor", "P57", "Mara Quill"), ("Glass Harbor", "P58", "Tobias Fenn"),
      ("Glass Harbor", "P161", "Ines Holt"), ("Glass Harbor", "P161", "Dev Patil"),
      ("Glass Harbor", "P161", "Oren Blake")}),
    ("The studio's new thriller Copper Sky, starring Lena Marsh, opens next week.",
     {("Copper Sky", "P161", "Lena Marsh")}),
    # active and passive verbs
    ("Composer Jon Ashby scored Red Valley.", {("Red Valley", "P86", "Jon Ashby")}),
    ("Dana Colbert starred in Blue Mesa (2004) and Cold Creek (2009).",
     {("Blue Mesa", "P161", "Dana Colbert"), ("Cold Creek", "P161", "Dana Colbert"),
      ("Blue Mesa", "P577", "2004"), ("Cold Creek", "P577", "2009")}),
    # Wikipedia-style first sentence
    ("Cold Harbour is a 1994 American spy thriller film directed by Ray Dunmore. It stars Gale Wynn and Tim Rossi.",
     {("Cold Harbour", "P57", "Ray Dunmore"), ("Cold Harbour", "P161", "Gale Wynn"),
      ("Cold Harbour", "P161", "Tim Rossi"), ("Cold Harbour", "P577", "1994")}),
    # crew nouns
    ("Mara Quill is the director of Blue Lantern.", {("Blue Lantern", "P57", "Mara Quill")}),
    ("Famed director Rita Mosby was on board for the sequel Nightfall Rising.",
     {("Nightfall Rising", "P57", "Rita Mosby")}),
    # possessives and years
    ("Lena Chobani's 2011 Harbor Lights was a hit.",
     {("Harbor Lights", "P577", "2011"), ("Harbor Lights", "P57", "Lena Chobani")}),
    ("Mark Feldman replaced him in 2014's Iron Dawn.", {("Iron Dawn", "P577", "2014")}),
    # characters
    ("In Salt Road, the smuggler Kane Ardent, played by Ines Holt, crosses the desert.",
     {("Kane Ardent", "P175", "Ines Holt")}),
    # sequels
    ("Night Ferry was a surprise hit, and Night Ferry 2 is already shooting with the same cast.",
     {("Night Ferry 2", "P155", "Night Ferry")}),
    # parts, spouses, crew service, series
    ("Corin Vale had a role in Paper Kingdoms.", {("Paper Kingdoms", "P161", "Corin Vale")}),
    ("Ida Marsh, who is married to Tomas Grell, spoke at the premiere.", {("Ida Marsh", "P26", "Tomas Grell")}),
    ("Last year Rosa Lind served as the producer on Cold Orchard.", {("Cold Orchard", "P162", "Rosa Lind")}),
    ("Sam Reed is preparing a fourth Iron Gate movie directed by Nia Cole.",
     {("fourth Iron Gate movie", "P57", "Nia Cole"), ("fourth Iron Gate movie", "P179", "Iron Gate")}),
    ("The Wolf Run stars Ana Brodd. Dev Balan ('Silver Road') co-stars as a ruthless foe.",
     {("The Wolf Run", "P161", "Dev Balan"), ("Silver Road", "P161", "Dev Balan")}),
    ("Time of the Wolves (2012) was directed by Omid Rahbar.",
     {("Time of the Wolves", "P57", "Omid Rahbar"), ("Time of the Wolves", "P577", "2012")}),
    ("The movie was written by Ada Kell, directed by Bo Lund and produced by Cy Marr.\n\n"
     "Harbor Nine is the film's title.", set()),
    ("Harbor Nine was written by Ada Kell, directed by Bo Lund and produced by Cy Marr.",
     {("Harbor Nine", "P58", "Ada Kell"), ("Harbor Nine", "P57", "Bo Lund"), ("Harbor Nine", "P162", "Cy Marr")}),
    ("Tom Simms wrote and directed the 1998 film Quiet Harbour.",
     {("Quiet Harbour", "P58", "Tom Simms"), ("Quiet Harbour", "P57", "Tom Simms"),
      ("Quiet Harbour", "P577", "1998")}),
    # casting and attachment news
    ("Mira Kessel has been cast in Northern Lights.", {("Northern Lights", "P161", "Mira Kessel")}),
    ("Paul Dane will star opposite Ana Brill in Dust Devils.",
     {("Dust Devils", "P161", "Paul Dane"), ("Dust Devils", "P161", "Ana Brill")}),
    ("Rita Volk will helm Storm Season for Orbit Pictures.",
     {("Storm Season", "P57", "Rita Volk"), ("Storm Season", "P750", "Orbit Pictures")}),
    ("Jonah Weil is attached to direct Iron Tides.", {("Iron Tides", "P57", "Jonah Weil")}),
    ("Glass Garden hits theaters on March 3, 2026.", {("Glass Garden", "P577", "2026")}),
    ("Storm Season, the sequel to Storm Front, opens in May.", {("Storm Season", "P155", "Storm Front")}),
    ("Tomas Berg, who plays Captain Orr in Red Harbor, spoke to us.",
     {("Red Harbor", "P161", "Tomas Berg")}),
    ("Cinematographer Oda Brenn is known for 'Salt Flats', 'Winter Kings' and 'Blue Hour'.",
     {("Salt Flats", "P344", "Oda Brenn"), ("Winter Kings", "P344", "Oda Brenn"), ("Blue Hour", "P344", "Oda Brenn")}),
    ("The thriller Copper Sky follows the engineer Mara Venn (played by Lise Abel), a loner.",
     {("Mara Venn", "P175", "Lise Abel"), ("Copper Sky", "P161", "Lise Abel")}),
    ("Ines Holt won an award for her performance in Glass Harbor.", {("Glass Harbor", "P161", "Ines Holt")}),
    ("Universal has acquired the distribution rights to Paper Hearts.", {("Paper Hearts", "P750", "Universal")}),
    ("Joss Whitlock and Dana Whitlock, the brothers behind Low Tide, will direct.",
     {("Joss Whitlock", "P3373", "Dana Whitlock")}),
    ("The sequel, titled Night Run 2: Dawn, reunites director Sam Orrin with star Kai Lenz.",
     {("Night Run 2: Dawn", "P57", "Sam Orrin")}),
    ("Iris Lidholm will play the lead role of Captain Runa Voskuil in Skyreach.",
     {("Captain Runa Voskuil", "P175", "Iris Lidholm"), ("Skyreach", "P161", "Iris Lidholm"),
      ("Captain Runa Voskuil", "P1441", "Skyreach")}),
    ("Ray Dunmore's Starfall is produced by Orbit Films.",
     {("Starfall", "P272", "Orbit Films"), ("Starfall", "P57", "Ray Dunmore")}),
    ("Night Ferry (1927) starred Mila Dorn as Helena, Lew Stoke as Marcus, and Rico Vance as Paulo.",
     {("Helena", "P175", "Mila Dorn"), ("Marcus", "P175", "Lew Stoke"), ("Night Ferry", "P161", "Rico Vance"),
      ("Paulo", "P1441", "Night Ferry")}),
    ("King Borin is a fictional character introduced in the 1967 film The Stone Forest.",
     {("King Borin", "P1441", "The Stone Forest"), ("The Stone Forest", "P577", "1967")}),
    ("Salt Road, which was directed by Ray Gibbs, starred Justin Wale.",
     {("Salt Road", "P161", "Justin Wale"), ("Salt Road", "P57", "Ray Gibbs")}),
    ("Justin Wale stars in Salt Road, which is written by Ray Gibbs.",
     {("Salt Road", "P161", "Justin Wale"), ("Salt Road", "P58", "Ray Gibbs")}),
    ("Dana Harlow had a main role in the movie Salt Road.", {("Salt Road", "P161", "Dana Harlow")}),
    ("Netflix has greenlit Ember Falls, a thriller from writer-director Paul Dane.",
     {("Ember Falls", "P57", "Paul Dane"), ("Ember Falls", "P58", "Paul Dane")}),
    ("Lena Ortiz returns for the sequel to Iron Tide, Iron Tide 2, which Maya Cho will direct.",
     {("Iron Tide 2", "P57", "Maya Cho"), ("Iron Tide 2", "P155", "Iron Tide")}),
    ("Lena Ortiz, who starred in Iron Tide, was not asked to return.", {("Iron Tide", "P161", "Lena Ortiz")}),
    ("Clear Harbor is a 1994 American thriller film based on Tom Dale's novel of the same name.",
     {("Clear Harbor", "P144", "Clear Harbor"), ("Clear Harbor", "P577", "1994")}),
    ("Cole Marsh and Ada Fenn, who are married, co-wrote the script.", {("Cole Marsh", "P26", "Ada Fenn")}),
    ("Quiet Harbour, a film directed by Hal Frey and scored by Nico Brand, opens in 2026.",
     {("Quiet Harbour", "P57", "Hal Frey"), ("Quiet Harbour", "P86", "Nico Brand")}),
    ("Tom Simms directed Cold Fire. The movie had Geo Barr as the editor and Jo Lane as the music composer.",
     {("Cold Fire", "P1040", "Geo Barr"), ("Cold Fire", "P86", "Jo Lane")}),
    ("Ice Road was edited by Al Jagger, with Ben Knowl as the cinematographer.",
     {("Ice Road", "P1040", "Al Jagger"), ("Ice Road", "P344", "Ben Knowl")}),
    ("Joe Pell made Grey Dawn with his brother Anton. Now the Pell brothers are busy with the release of their"
     " upcoming directorial feature Plum Road, starring Tom Hale.",
     {("Plum Road", "P57", "Joe Pell"), ("Plum Road", "P57", "Anton Pell"), ("Plum Road", "P161", "Tom Hale")}),
    ("The thriller Cold Lake opens in May. Among the cast are Sam Orr and Ty Bell. "
     "The cast is rounded out by Ida Vale and Kip Dunn.",
     {("Cold Lake", "P161", "Sam Orr"), ("Cold Lake", "P161", "Ty Bell"), ("Cold Lake", "P161", "Kip Dunn")}),
    ("Surf Town is a 2007 animated film. It features the voices of Shia Lane, Jeff Bri and Zoe Dell.",
     {("Surf Town", "P161", "Shia Lane"), ("Surf Town", "P161", "Zoe Dell"), ("Surf Town", "P577", "2007")}),
    # siblings, via the possessive of a named person
    ("Filmmaker Tobias Pellicott, who produced the film alongside his brother Rafe, spoke to us.",
     {("Rafe Pellicott", "P3373", "Tobias Pellicott")}),
    # coordinated credits, "stars in the 1956 film X", titles opening with a contraction
    ("Pale Fire was edited by Una Berg, written by Rex Mott, and starred Lia Dorn and Kai Fenwick.",
     {("Pale Fire", "P1040", "Una Berg"), ("Pale Fire", "P161", "Lia Dorn"), ("Pale Fire", "P161", "Kai Fenwick")}),
    ("Osric Telling, born in 1897, stars in the 1956 film Gone Fishing.",
     {("Gone Fishing", "P161", "Osric Telling"), ("Gone Fishing", "P577", "1956")}),
    ("It's Always Raining Here is a 1961 film directed by Cyra Pemberton.",
     {("It's Always Raining Here", "P57", "Cyra Pemberton"), ("It's Always Raining Here", "P577", "1961")}),
    ("Salt Moon is a film from 1958. Idris Kell had a main role in the film.",
     {("Salt Moon", "P161", "Idris Kell"), ("Salt Moon", "P577", "1958")}),
    ("Grey Orchard is a film. Bo Stanner was the director and Fen Haldane composed the musical score.",
     {("Grey Orchard", "P57", "Bo Stanner"), ("Grey Orchard", "P86", "Fen Haldane")}),
    # a profile's filmography: examples, possessive credits, debuts
    ("Arlo Penn is an American actor. He has had roles in films including Wet Paint, 4000 Miles to Nowhere, "
     "The Hot Soup, and Jersey Kings.",
     {("Wet Paint", "P161", "Arlo Penn"), ("4000 Miles to Nowhere", "P161", "Arlo Penn"),
      ("The Hot Soup", "P161", "Arlo Penn"), ("Jersey Kings", "P161", "Arlo Penn")}),
    ("Mina Sol is an actress. She appeared in films such as Lost Harbor and Night Ferry.",
     {("Lost Harbor", "P161", "Mina Sol"), ("Night Ferry", "P161", "Mina Sol")}),
    ("Cal Brody is an actor. He later appeared in the 1984 horror movie Rot Street as a cop and the 1987 "
     "spy movie The Unseen.",
     {("Rot Street", "P161", "Cal Brody"), ("The Unseen", "P161", "Cal Brody")}),
    ("Yun Seo-ra (born 1968) is a film director and screenwriter. Yun debuted with Red Kite (2002). "
     "Her second feature Summer Rain (2006) won awards. Her latest film is the comedy Night Kite (2016), "
     "which is a sequel to Red Kite.",
     {("Red Kite", "P57", "Yun Seo-ra"), ("Summer Rain", "P57", "Yun Seo-ra"), ("Night Kite", "P57", "Yun Seo-ra"),
      ("Night Kite", "P155", "Red Kite")}),
    ("Walter Holloway is an actor. He made his screen debut in Blue Weir (1999). His first role was in the 1979 "
     "movie Gravel as a guard. In 2005 he made his directorial debut with Dark Weir.",
     {("Blue Weir", "P161", "Walter Holloway"), ("Gravel", "P161", "Walter Holloway"),
      ("Dark Weir", "P57", "Walter Holloway")}),
    ("Pella Oru was a film director. She won acclaim for directing the Koro trilogy (1987–94), Near (1990) and "
     "Far Away (1999).", {("Near", "P57", "Pella Oru"), ("Far Away", "P57", "Pella Oru")}),
    ("Tide Line is a 1993 film. It was animated by Studio Mirefield.",
     {("Tide Line", "P272", "Studio Mirefield")}),
    ("The film Pike Lane (98 minutes) was edited by Sal Ostrow; it stars Nell Crane, and Abe Tulloch.",
     {("Pike Lane", "P161", "Nell Crane"), ("Pike Lane", "P161", "Abe Tulloch")}),
    ("Ivo Sandl had a main role in the 1956 film Mill Pond, starring alongside Rhea Tolland.",
     {("Mill Pond", "P161", "Ivo Sandl"), ("Mill Pond", "P161", "Rhea Tolland")}),
    ("Mira Dawes was both the producer and director of the movie Cold Furrow.",
     {("Cold Furrow", "P162", "Mira Dawes"), ("Cold Furrow", "P57", "Mira Dawes")}),
    ("Ezra Volk was in Tin Crown, a 98 minute film starring Lou Amberly.",
     {("Tin Crown", "P161", "Ezra Volk"), ("Tin Crown", "P161", "Lou Amberly")}),
    ("Still Waters Run is a 1956 film. The editor is Ada Fenn and the music composer is Nils Brand.",
     {("Still Waters Run", "P1040", "Ada Fenn"), ("Still Waters Run", "P86", "Nils Brand")}),
    ("Still Waters Run is a 1956 film. Kit Orme is the director and Nils Brand is the music composer of the movie.",
     {("Still Waters Run", "P57", "Kit Orme"), ("Still Waters Run", "P86", "Nils Brand")}),
    ("Dry Season is a short film that was released on March 3rd, 1951.", {("Dry Season", "P577", "1951")}),
    # collaborations, quoted lists with modifiers, "joins B on Title"
    ("Editor Lise Amory reteams with director Pavel Druz on 'Sandglass.' This marks their third collaboration, "
     "following 'Kettle,' 'Lodestar,' and 'Night Orchard 2.'",
     {("Sandglass", "P1040", "Lise Amory"), ("Sandglass", "P57", "Pavel Druz"), ("Kettle", "P1040", "Lise Amory"),
      ("Kettle", "P57", "Pavel Druz"), ("Night Orchard 2", "P57", "Pavel Druz")}),
    ("Composer Ana Pell joins director Rob Tan on Salt Moon. The pair previously collaborated on Grey Dawn.",
     {("Salt Moon", "P86", "Ana Pell"), ("Salt Moon", "P57", "Rob Tan"), ("Grey Dawn", "P86", "Ana Pell")}),
    ("The studio hired cinematographer Oda Brenn. She is known for ‘Fog Line,’ ‘Vanta,’ and the Oscar-nominated "
     "‘Marrow.’", {("Fog Line", "P344", "Oda Brenn"), ("Vanta", "P344", "Oda Brenn"), ("Marrow", "P344", "Oda Brenn")}),
    ("Ana Pell will score Salt Moon for director Rob Tan.", {("Salt Moon", "P86", "Ana Pell")}),
    # a surname ending in -s is one person; NER's repeated labels do not outvote a title cue
    ("Ida Evans met Paul Marsh in Oslo. \"It's a personal story,\" Evans, who is also married to Marsh, said.",
     {("Ida Evans", "P26", "Paul Marsh")}),
    ("Kay Lund produced the film Orbiter. Orbiter won. Orbiter was big. Orbiter sold. Orbiter toured.",
     {("Orbiter", "P162", "Kay Lund")}),
    # replacements; an adverbial clause keeps its own mood
    ("He sulked when Rory Dane replaced him in 2012's Iron Choir.", {("Iron Choir", "P161", "Rory Dane")}),
    ("Tom Vale was replaced by Ann Ro in Night Ferry.", {("Night Ferry", "P161", "Ann Ro")}),
    ("Ann Ro replaced Tom Vale as director of Night Ferry.", {("Night Ferry", "P57", "Ann Ro")}),
    ("Vera Lusk decided not to return after earning an award for her performance in The Quiet Orchard.",
     {("The Quiet Orchard", "P161", "Vera Lusk")}),
    # returns to the film in focus, titles with "for" and subtitles, a role noun tagged as a verb
    ("Orbit is fast-tracking Night Ferry 3. Ada Quist and Lee Marr are both set to return.",
     {("Night Ferry 3", "P161", "Ada Quist"), ("Night Ferry 3", "P161", "Lee Marr")}),
    ("Night Ferry 2 is coming. Ada Quist will return for the sequel, and director Tom Vale will return too.",
     {("Night Ferry 2", "P161", "Ada Quist"), ("Night Ferry 2", "P57", "Tom Vale")}),
    ("So is Hard Times for Heroes screenwriter Pia Lund.", {("Hard Times for Heroes", "P58", "Pia Lund")}),
    ("Bo Fenn had a role in The Glass Kings: Winter Crown – Part II, and he is now on a TV show.",
     {("The Glass Kings: Winter Crown – Part II", "P161", "Bo Fenn")}),
    # object control, appositive genre nouns, "with A in a supporting role", "married to actor A"
    ("Orbit has set Mara Quill to direct Glass Harbor, a thriller written by Tobias Fenn.",
     {("Glass Harbor", "P57", "Mara Quill"), ("Glass Harbor", "P58", "Tobias Fenn")}),
    ("Glass Harbor stars Ines Holt and Dev Patil, with Oren Blake in a supporting role.",
     {("Glass Harbor", "P161", "Oren Blake")}),
    ("Holt, who is married to actor Sam Reyes, also recently wrapped a film.", {("Holt", "P26", "Sam Reyes")}),
    # unnamed sequels keep their credits, "be seen opposite", a character in apposition, "the sister of"
    ("Orbit is developing a sequel to its 2022 hit The Long Dusk, with director Sara Kim returning to helm.",
     set()),
    ("Night Ferry 2, the sequel to Night Ferry, was directed by Ann Ro.",
     {("Night Ferry 2", "P57", "Ann Ro"), ("Night Ferry 2", "P155", "Night Ferry")}),
    ("Leo Park will next be seen opposite Ana Cruz in the thriller Cold Iron.",
     {("Cold Iron", "P161", "Leo Park"), ("Cold Iron", "P161", "Ana Cruz")}),
    ("Cold Iron stars Ana Cruz. Cruz plays a detective, Ellen Shaw, hunting a killer.",
     {("Ellen Shaw", "P175", "Ana Cruz"), ("Ellen Shaw", "P1441", "Cold Iron")}),
    ("Sara Kim is the sister of actor Jin Kim.", {("Sara Kim", "P3373", "Jin Kim")}),
    # "to write and direct Title", "respectively", "whose last film was", a title that is not the credit
    ("Orbit has tapped Lena Ortiz to write and direct Red Planet, an adaptation of a novel.",
     {("Red Planet", "P58", "Lena Ortiz"), ("Red Planet", "P57", "Lena Ortiz")}),
    ("Tom Sime produced and directed the HBO film ‘Death Row Blues’.",
     {("Death Row Blues", "P162", "Tom Sime"), ("Death Row Blues", "P57", "Tom Sime")}),
    ("Ana Lund and Harold Frey produced and directed the movie Cold Iron, respectively.",
     {("Cold Iron", "P162", "Ana Lund"), ("Cold Iron", "P57", "Harold Frey")}),
    ("Orbit has tapped Lena Ortiz to direct Red Planet. Ortiz, whose last film was the festival hit Paper Moons, "
     "will produce.", {("Paper Moons", "P57", "Lena Ortiz")}),
    ("The horror film Hollow, starring Mia Gant, opens Friday. Gant's husband, director Sam Tate, edited the film.",
     {("Hollow", "P1040", "Sam Tate"), ("Mia Gant", "P26", "Sam Tate")}),
    # box-office copy: "led the weekend", "Title: Part Two", "A's sequel, starring", "featuring the voice of"
    ("Sand Sea: Part Two led the weekend box office. Dan Vale's sequel, starring Tim Chal and Zen Daya, has now "
     "earned $600 million.", {("Sand Sea: Part Two", "P161", "Tim Chal"), ("Sand Sea: Part Two", "P161", "Zen Daya")}),
    ("In second place was Kung Fu Otter 4, featuring the voice of Jack Brown.",
     {("Kung Fu Otter 4", "P161", "Jack Brown")}),
    # credit blocks with small words in the title, an untagged film subject, crafts "by" A, "one of the stars"
    ("Directed by Cyra Bell, Ward of the Grey Seas stars actor Harlan Cole.",
     {("Ward of the Grey Seas", "P57", "Cyra Bell"), ("Ward of the Grey Seas", "P161", "Harlan Cole")}),
    ("Super Sleuths made $30,955 and starred infamous actor, Adam Vest. It was written and directed by Ray Grig.",
     {("Super Sleuths", "P161", "Adam Vest"), ("Super Sleuths", "P57", "Ray Grig")}),
    ("Jon Mile starred in the 1956 film Gone Fishing which featured cinematography by Gil Taylor.",
     {("Gone Fishing", "P344", "Gil Taylor")}),
    ("Gone Fishing is a 98 minute film. Dana Harr was one of the stars of the movie.",
     {("Gone Fishing", "P161", "Dana Harr")}),
    # parts in profiles: "his role as X on Show", "appeared in the drama series X as Y"
    ("Mick Amperi is an American actor, best known for his role as Chris Molto on The Sapphires.",
     {("Chris Molto", "P175", "Mick Amperi"), ("Chris Molto", "P1441", "The Sapphires"),
      ("The Sapphires", "P161", "Mick Amperi")}),
    ("Mick Amperi is an American actor. He also appeared in the TV drama series Fire & Rescue as Detective Nick Fal.",
     {("Detective Nick Fal", "P175", "Mick Amperi"), ("Fire & Rescue", "P161", "Mick Amperi")}),
    # titles NER calls dates, a comma inside a title
    ("He was an actor, known for Jonas Hill (1957), The Country Vet (1987) and The Long Autumn (1960).",
     {("The Long Autumn", "P577", "1960"), ("The Country Vet", "P577", "1987")}),
    ("I, Golem is a 2014 Canadian monster film written and directed by Stu Beat.",
     {("I, Golem", "P57", "Stu Beat"), ("I, Golem", "P577", "2014")}),
    ("Ama Sato is a Japanese actress. In 2007 she appeared in the horror film Epitome as Asa, a young girl.",
     {("Epitome", "P577", "2007"), ("Epitome", "P161", "Ama Sato")}),
    ("The singer and actor Dave Bowen (1940–2010) held big roles in many feature films, including "
     "Sky Walker (1976) (which won him a prize), Night Dancer (1978), and Labyrinthine (1986).",
     {("Sky Walker", "P161", "Dave Bowen"), ("Night Dancer", "P161", "Dave Bowen"),
      ("Labyrinthine", "P161", "Dave Bowen"), ("Labyrinthine", "P577", "1986")}),
    ("Asha Kuru is an Indian film actress. Her notable works include Amrit Gaman, Thoovan (1987) and Kiree (1989).",
     {("Amrit Gaman", "P161", "Asha Kuru"), ("Thoovan", "P161", "Asha Kuru"), ("Kiree", "P577", "1989")}),
    ("Ann Kell is still keen on Night Run 2. The sequel's producer and the head of Orbit Media, Dan Ellis, "
     "recently told us he has hope.", {("Night Run 2", "P162", "Dan Ellis")}),
    ("Toni Bak will star in and executive produce Lakehouse, a psychological thriller. Orbit Pictures will "
     "distribute.", {("Lakehouse", "P161", "Toni Bak"), ("Lakehouse", "P162", "Toni Bak"),
                     ("Lakehouse", "P750", "Orbit Pictures")}),
    ("Ravi Meh previously helmed the 2021 horror hit Dark Pond.", {("Dark Pond", "P57", "Ravi Meh")}),
    ("The drama Cold Summer opens in May. It stars Leo Grant as a retired boxer and Mia Holt as his daughter. "
     "Music is by Tom Berg.", {("Cold Summer", "P161", "Leo Grant"), ("Cold Summer", "P161", "Mia Holt"),
                               ("Cold Summer", "P86", "Tom Berg")}),
    # "the Title sequel" is the one "Title 2" the text names; "A is directing" credits the film in focus
    ("A new face boards Dark Tide 2. Shooting is underway on Mina Ro's Dark Tide sequel, which stars Ivo Krall.",
     {("Dark Tide 2", "P57", "Mina Ro"), ("Dark Tide 2", "P161", "Ivo Krall"), ("Dark Tide 2", "P155", "Dark Tide")}),
    ("Orbit's drama Salt Year shoots in May. Kessler is directing from his own screenplay.",
     {("Salt Year", "P57", "Kessler"), ("Salt Year", "P58", "Kessler")}),
    # a title that starts like a sentence ("It's ..."), a writer set off after the title, a maker's possessive
    ("Lena Ostrova had a main role in It's Always Winter.", {("It's Always Winter", "P161", "Lena Ostrova")}),
    ("The writer of Paper Moons, Ivo Brandt, died in Rome.", {("Paper Moons", "P58", "Ivo Brandt")}),
    ("Director Mara Vale's Lantern opens Friday.", {("Lantern", "P57", "Mara Vale")}),
    ("Producer Sarah Tolle's Red Harbor opens Friday.", {("Red Harbor", "P162", "Sarah Tolle")}),
    ("The film Red Harbor is great. It's edited by Max Borden.", {("Red Harbor", "P1040", "Max Borden")}),
    # deal-making copy: "in talks to", "a deal to", "behind the camera", "directorial debut", "installment in"
    ("Colin Farr has signed a deal to direct Paper Tigers.", {("Paper Tigers", "P57", "Colin Farr")}),
    ("Kara Lyle is back behind the camera for Night Shift 3.", {("Night Shift 3", "P57", "Kara Lyle")}),
    ("Orbit has dated Night Shift 3 for July 2027, with Kara Lyle back in the director's chair.",
     {("Night Shift 3", "P57", "Kara Lyle")}),
    ("Silver Creek marks the directorial debut of Rosa Vey.", {("Silver Creek", "P57", "Rosa Vey")}),
    ("Rosa Vey's directorial debut, Silver Creek, opens Friday.", {("Silver Creek", "P57", "Rosa Vey")}),
    ("Silver Creek is the third installment in the Night Shift franchise.",
     {("Silver Creek", "P179", "Night Shift")}),
    ("The fourth film in the Night Shift franchise, Silver Creek, opens Friday.",
     {("Silver Creek", "P179", "Night Shift")}),
    ("The film Paper Tigers is shooting. The film features a score from Hans Lenz.",
     {("Paper Tigers", "P86", "Hans Lenz")}),
    ("The thriller Silver Creek opens in May. Emma Reyes will star alongside Tom Pike.",
     {("Silver Creek", "P161", "Emma Reyes"), ("Silver Creek", "P161", "Tom Pike")}),
    ("Mia Loy and Tom Pike lead the cast of Silver Creek.",
     {("Silver Creek", "P161", "Mia Loy"), ("Silver Creek", "P161", "Tom Pike")}),
    ("The thriller Silver Creek opens in May. Lu Chen rounds out the cast.", {("Silver Creek", "P161", "Lu Chen")}),
    ("The thriller Silver Creek opens in May. Also starring are Lu Chen and Ada Rell.",
     {("Silver Creek", "P161", "Lu Chen"), ("Silver Creek", "P161", "Ada Rell")}),
    ("The thriller Silver Creek opens in May. The film is a co-production between Redwood Pictures and Orbit "
     "Films.", {("Silver Creek", "P272", "Redwood Pictures"), ("Silver Creek", "P272", "Orbit Films")}),
    ("Silver Creek hits theaters March 3 via Neon.", {("Silver Creek", "P750", "Neon")}),
    # a profile's list of parts: "roles including A in X, B in Y and nurse C in Z"
    ("Dana Lupo is an English actress. She is known for roles including Ada Finch in Harbour Lane, Tom Reed in "
     "Salt Towers and nurse Bo in Copper Street for the network.",
     {("Ada Finch", "P175", "Dana Lupo"), ("Harbour Lane", "P161", "Dana Lupo"), ("Ada Finch", "P1441", "Harbour Lane"),
      ("Salt Towers", "P161", "Dana Lupo"), ("Tom Reed", "P1441", "Salt Towers"),
      ("Copper Street", "P161", "Dana Lupo"), ("Bo", "P175", "Dana Lupo")}),
    ("Dana Lupo is an actress. She is often known for playing characters such as Anne-Marie in Harbour Lane.",
     {("Anne-Marie", "P175", "Dana Lupo"), ("Anne-Marie", "P1441", "Harbour Lane")}),
    ("Iron Harbor opens in theaters Friday from Orbit Features.", {("Iron Harbor", "P750", "Orbit Features")}),
    ("The thriller Iron Harbor opens Friday. The supporting cast includes Nadia Park as the ship's doctor and "
     "veteran character actor Ben Oduya as the first officer.",
     {("Iron Harbor", "P161", "Nadia Park"), ("Iron Harbor", "P161", "Ben Oduya")}),
    ("The thriller Iron Harbor opens Friday. Original stars Priya Nand and Dev Holloway are set to reprise their "
     "roles.", {("Iron Harbor", "P161", "Priya Nand"), ("Iron Harbor", "P161", "Dev Holloway")}),
    ("The thriller Iron Harbor opens Friday. Dev Holloway played her brother, Sam.",
     {("Sam", "P175", "Dev Holloway")}),
    # a review: the film it is about takes the credits that name no film; actors in brackets
    ("Iron Harbor Review: A Gripping Naval Thriller\n\nIron Harbor gives Colin Ames the lead. Directed by Sofia "
     "Lind, the film follows a submarine captain (Ames) at sea. Lind, who previously helmed Cold Water (2019), "
     "co-wrote the screenplay with her husband, Marcus Hale. Cinematographer Tomas Reyes shoots the interiors with "
     "flair. Iron Harbor opens Friday.",
     {("Iron Harbor", "P57", "Sofia Lind"), ("Iron Harbor", "P161", "Colin Ames"), ("Iron Harbor", "P58", "Sofia Lind"),
      ("Iron Harbor", "P58", "Marcus Hale"), ("Iron Harbor", "P344", "Tomas Reyes")}),
    # an unnamed sequel that the text names later takes its credits; "the sequel, tentatively titled X"
    ("Orbit is moving forward with a sequel to its 2023 horror hit The Paper Crown, with Marta Klein returning "
     "to direct from a script by Owen Tate. Jason Fell will produce the sequel, tentatively titled The Paper "
     "Crown II.", {("The Paper Crown II", "P57", "Marta Klein"), ("The Paper Crown II", "P58", "Owen Tate"),
                   ("The Paper Crown II", "P162", "Jason Fell"), ("The Paper Crown II", "P155", "The Paper Crown")}),
    ("Marta Klein will direct Red Sky. Klein's previous credits include the thriller Night Wire and the Sundance "
     "drama Low Tide.", {("Night Wire", "P57", "Marta Klein"), ("Low Tide", "P57", "Marta Klein")}),
    # casting news: a film named in brackets after a person, "a screenplay he wrote with B", "plays a former X"
    ("Mira Patel has signed on to star opposite Ryan Cole in Dead Reckoning, the action thriller Orbit Studios is "
     "producing. Jon Walsh (The Last Mile) is directing from a screenplay he wrote with Tara Quinn. Cole plays a "
     "former Navy SEAL.",
     {("Dead Reckoning", "P161", "Mira Patel"), ("Dead Reckoning", "P57", "Jon Walsh"),
      ("Dead Reckoning", "P58", "Jon Walsh"), ("Dead Reckoning", "P58", "Tara Quinn"),
      ("The Last Mile", "P57", "Jon Walsh"), ("Dead Reckoning", "P161", "Ryan Cole")}),
    # box-office copy: money verbs name films, "the disaster epic, directed by", "a western from A", studios' films
    ("Orbit's Storm Season took in $42 million. The disaster epic, directed by Raul Mena and starring Kate Ilsley, "
     "is the studio's biggest opening.", {("Storm Season", "P57", "Raul Mena"), ("Storm Season", "P161", "Kate Ilsley"),
                                          ("Storm Season", "P750", "Orbit")}),
    ("Next weekend brings Warner Bros.' The Long Road, a western from Cal Duffy starring Ruben Ortiz.",
     {("The Long Road", "P57", "Cal Duffy"), ("The Long Road", "P161", "Ruben Ortiz"),
      ("The Long Road", "P750", "Warner Bros")}),
    ("Night Caller is the new thriller from Hana Sato.", {("Night Caller", "P57", "Hana Sato")}),
    # franchise and interview copy: lists that return, "introduce", "co-wrote ... with", "cast B", "joins B in X"
    ("Director Jake Morrow says the gang is back for Galaxy Riders 3. The filmmaker confirmed that Tessa Vance, "
     "Omar Reed and Lily Chu will all return for the third installment. The sequel will also introduce newcomer "
     "Aaron Fields as Kell. Morrow co-wrote the script with longtime collaborator Dana Wu.",
     {("Galaxy Riders 3", "P161", "Tessa Vance"), ("Galaxy Riders 3", "P161", "Omar Reed"),
      ("Galaxy Riders 3", "P161", "Lily Chu"), ("Galaxy Riders 3", "P161", "Aaron Fields"),
      ("Galaxy Riders 3", "P58", "Jake Morrow"), ("Galaxy Riders 3", "P58", "Dana Wu")}),
    ("The Quiet Year opens soon. Director Lucas Brandt cast Ana Ferro as the lead in The Quiet Year.",
     {("The Quiet Year", "P57", "Lucas Brandt"), ("The Quiet Year", "P161", "Ana Ferro")}),
    ("Ana Ferro is an actress. Next up, she joins Idris Kane in Thunder Road, an action film.",
     {("Thunder Road", "P161", "Ana Ferro"), ("Thunder Road", "P161", "Idris Kane")}),
    ("Ana Ferro is the daughter of actor Michael Ferro and the younger sister of singer Clara Ferro.",
     {("Ana Ferro", "P3373", "Clara Ferro")}),
    # roundups: "the cop sequel" is the sequel just named; "joined returning stars C and D"; "Park's mentor, A"
    ("Orbit is developing a follow-up to last year's hit Ember. Meanwhile, the cast of Blue Line 2 continues to "
     "grow. Sasha Kim has joined returning stars Mel Ortiz and Dev Shah in the cop sequel, which Lena Park is "
     "directing. The first Blue Line, released in 2019, was directed by Park's mentor, Carl Young.",
     {("Blue Line 2", "P161", "Sasha Kim"), ("Blue Line 2", "P161", "Mel Ortiz"), ("Blue Line 2", "P161", "Dev Shah"),
      ("Blue Line 2", "P57", "Lena Park"), ("Blue Line", "P57", "Carl Young"), ("Blue Line", "P577", "2019")}),
    ("Dana Lee will play the villain in Star Knight: Rebirth, the fourth film in the Star Knight series.",
     {("Star Knight: Rebirth", "P179", "Star Knight")}),
    # a surname two people share is the one named last before it
    ("Tessa Vance will return for Galaxy Riders 3. Vance recently starred in the drama Small Hours opposite her "
     "husband, Paul Vance.", {("Small Hours", "P161", "Tessa Vance"), ("Small Hours", "P161", "Paul Vance"),
                              ("Tessa Vance", "P26", "Paul Vance")}),
    # a company a film is produced "through"; a headline name cut back to the surname the body uses
    ("The Last Harbor, produced by Anna Lund through her company North Star Films, opens Friday.",
     {("The Last Harbor", "P272", "North Star Films"), ("The Last Harbor", "P162", "Anna Lund")}),
    ("Ann Vey is producing Red Kite under her Blue Door banner.", {("Red Kite", "P272", "Blue Door")}),
    ("How Editor Rachel Obi Cut 'The Last Harbor' Into Shape\n\nObi has been cutting films for a decade.",
     {("The Last Harbor", "P1040", "Rachel Obi")}),
    # "co-star" split by the tokenizer, in a relative clause with no comma before the verb
    ("The film Red Kite opens soon. Sam Toll joins Dana Bell in the heist movie, which Variety hears will "
     "co-star Ivo Brandt.", {("Red Kite", "P161", "Ivo Brandt")}),
    ("Red Kite, which Variety hears will co-star Ivo Brandt, opens soon.", {("Red Kite", "P161", "Ivo Brandt")}),
    ("Both stars are set to return, and so is Cold Cops for Life screenwriter Dan Brem.",
     {("Cold Cops for Life", "P58", "Dan Brem")}),
    # series news and obituaries: "the streamer's adaptation ... stars", "whose credits include the films X and Y"
    ("Orbit has given a series order to Hollow Point, a crime drama. The streamer's adaptation of Vera Dahl's novel "
     "stars Kim Soto and Eli Brandt. Paul Finch, whose credits include the films Night Train and Red Summer, will "
     "direct all six episodes. Soto plays Ada Crane.",
     {("Hollow Point", "P161", "Kim Soto"), ("Hollow Point", "P161", "Eli Brandt"),
      ("Night Train", "P57", "Paul Finch"), ("Red Summer", "P57", "Paul Finch"),
      ("Ada Crane", "P1441", "Hollow Point")}),
    ("Harold Finch was an actor. He is survived by his second wife, actress Joan Miles, and his brother, the "
     "director Paul Finch, with whom he made five films, among them Night Train (1975).",
     {("Harold Finch", "P26", "Joan Miles"), ("Harold Finch", "P3373", "Paul Finch")}),
    # a crew credit beside a film named in someone's relative clause goes to the article's film
    ("Moonrise is a space epic from director Alan Reyes. Composer Hans Eberle, who scored Reyes' previous film, "
     "Red Planet, returned for Moonrise, while Eric Vos served as director of photography.",
     {("Moonrise", "P86", "Hans Eberle"), ("Red Planet", "P86", "Hans Eberle"), ("Moonrise", "P344", "Eric Vos")}),
    ("Moonrise stars Chris Rowe.", {("Moonrise", "P161", "Chris Rowe")}),
    ("Moonrise is a space epic. The film stars Chris Rowe as astronaut Luke Daniels, with Jada Fox as mission "
     "commander Evelyn Ward.", {("Moonrise", "P161", "Chris Rowe"), ("Moonrise", "P161", "Jada Fox")}),
    # deal copy: "attached to star", "will helm", "boarded as producer", parts in brackets, "with A and B in the leads"
    ("The thriller Red Kite opens in May. Ann Lee is attached to star. Tom Vale will helm. Ivo Dane boarded the "
     "project as producer.", {("Red Kite", "P161", "Ann Lee"), ("Red Kite", "P57", "Tom Vale"),
                              ("Red Kite", "P162", "Ivo Dane")}),
    ("The thriller Red Kite opens in May. The cast includes Ann Lee (Mara), Tom Vale (Jed) and Ivo Dane.",
     {("Red Kite", "P161", "Ivo Dane"), ("Mara", "P175", "Ann Lee"), ("Jed", "P175", "Tom Vale"),
      ("Jed", "P1441", "Red Kite")}),
    ("The thriller Red Kite opens in May. Shooting starts in March, with Ann Lee and Tom Vale in the lead roles.",
     {("Red Kite", "P161", "Ann Lee"), ("Red Kite", "P161", "Tom Vale")}),
    ("The drama Red Kite opens. Produced by Frame Films and Arte, the film was shot by Kasper Holm. Eva Kessler "
     "played the lead in Salt and Ash.",
     {("Red Kite", "P272", "Frame Films"), ("Red Kite", "P272", "Arte"), ("Red Kite", "P344", "Kasper Holm"),
      ("Salt and Ash", "P161", "Eva Kessler")}),
    ("The film Cold Harbor starred presenter Ada Lune and Tom Rake (born 1950).",
     {("Cold Harbor", "P161", "Ada Lune"), ("Cold Harbor", "P161", "Tom Rake")}),
    ("The movie Cold Harbor is Written by Ada Lune and Tom Rake.",
     {("Cold Harbor", "P58", "Ada Lune"), ("Cold Harbor", "P58", "Tom Rake")}),
    ("Ivo Dane directed the film Cold Harbor. Ada Lune was in charge of production.",
     {("Cold Harbor", "P162", "Ada Lune")}),
    ("Red Kite had Ivo Dane as cinematographer.", {("Red Kite", "P344", "Ivo Dane")}),
    ("Red Kite is a 2012 film directed by Ana Ruiz, based on the novel Blue Sky by Tom Dale.",
     {("Red Kite", "P144", "Blue Sky"), ("Red Kite", "P57", "Ana Ruiz")}),
    ("Red Kite is a 1950 film made in Britain by Orbit Pictures.", {("Red Kite", "P272", "Orbit Pictures")}),
    ("The film Paper Moons opens. Also in the cast are Tilda Morse, who plays the crew's getaway driver, and Hugo "
     "Brant as a corrupt detective.", {("Paper Moons", "P161", "Tilda Morse"), ("Paper Moons", "P161", "Hugo Brant")}),
    # festival sales: "picked up Title, the debut feature from A", a part's actor "(newcomer B)", "Cinematography is by"
    ("Orbit has picked up Winter Birds, the debut feature from filmmaker Nora Park. It follows a teenage girl "
     "(newcomer Mina Cho) in rural Iowa. Cinematography is by Leo Maddox. The film was produced by Elena Ruiz and "
     "Park's sister, Grace Park.",
     {("Winter Birds", "P750", "Orbit"), ("Winter Birds", "P57", "Nora Park"), ("Winter Birds", "P161", "Mina Cho"),
      ("Winter Birds", "P344", "Leo Maddox"), ("Nora Park", "P3373", "Grace Park")}),
    # "it" counts towards the film it means: "the film" later is still that one
    ("Director Ana Ruiz's new film, Cold Summer, premieres in January. It stars Leo Grant as a boxer. Ruiz wrote "
     "the script with Sam Pike, who also produced her 2019 debut, Salt Flats. The film is produced by Ruiz, Pike "
     "and Jo Wren.", {("Cold Summer", "P162", "Jo Wren"), ("Cold Summer", "P161", "Leo Grant")}),
    # a film in "A, who helmed X," is A's past: the main clause's credit is for the film in focus
    ("Lena Voss will star in Marrow, a horror film for Orbit. Kit Ames, who helmed the acclaimed indie Red Clay, "
     "will direct from his own script.",
     {("Marrow", "P57", "Kit Ames"), ("Red Clay", "P57", "Kit Ames"), ("Marrow", "P58", "Kit Ames")}),
    # "A and B ... as X and Y": respectively; a plural "Stars" before names is no part of the first
    ("Stars Nia Cole and Ravi Shah will reprise their roles as Jo Hart and Max Reyes in Dust Line 2.",
     {("Jo Hart", "P175", "Nia Cole"), ("Max Reyes", "P175", "Ravi Shah"), ("Dust Line 2", "P161", "Nia Cole"),
      ("Dust Line 2", "P161", "Ravi Shah")}),
    # obituaries and profiles: "he" is the person the text is about; debuts
    ("Omar Tell died on Sunday. In Frost Road he played the sheriff.", {("Frost Road", "P161", "Omar Tell")}),
    ("Omar Tell died on Sunday. Tell made his screen debut in the 1968 western Copper Creek.",
     {("Copper Creek", "P161", "Omar Tell")}),
    ("Ana Ruiz is a director. She made her feature directorial debut with Night Bloom in 2015.",
     {("Night Bloom", "P57", "Ana Ruiz")}),
    ("Tomas Reyes is an actor. His sister, Carla Reyes, is a singer. He played Leo in Night Shift.",
     {("Leo", "P175", "Tomas Reyes"), ("Night Shift", "P161", "Tomas Reyes")}),
    # "The action film ... is the third installment in the X franchise": the film in focus joins the series
    ("Iron Gate led the box office with $52 million. The action film, starring Vince Cole, is the third "
     "installment in the Gate franchise after Gate Rising (2022).",
     {("Iron Gate", "P179", "Gate"), ("Gate Rising", "P179", "Gate"), ("Iron Gate", "P161", "Vince Cole")}),
    # festival lineups: a cast list ends where a described film starts; "the debut of director A"
    ("Also screening is Ana Vale's Red Sky, starring Ines Holt, and Blue Water, the English-language debut of "
     "Danish director Ole Berg.",
     {("Red Sky", "P161", "Ines Holt"), ("Blue Water", "P57", "Ole Berg"), ("Red Sky", "P57", "Ana Vale")}),
    ("Ice Road stars Ann Lee, Bo Chan, and Cy Dunn, the film's breakout.", {("Ice Road", "P161", "Cy Dunn")}),
    # box office "for Studio"; a subject described before the name ("her producing partner B")
    ("Starfall, which cost $40 million to make, grossed $310 million worldwide for Kestrel Films.",
     {("Starfall", "P750", "Kestrel Films")}),
    ("Greta Moss will star in Undertow. Moss's producing partner Jonas Berg will produce alongside her.",
     {("Undertow", "P162", "Jonas Berg"), ("Undertow", "P161", "Greta Moss")}),
    # "A cast B in X (1974)": the name before "in" is no part of the title; "who cast him in X and Y"
    ("Sam Okoro cast Lev Brandt in Night Ferry to Tulsa (1974) and The Long Count (1979).",
     {("Night Ferry to Tulsa", "P161", "Lev Brandt"), ("The Long Count", "P161", "Lev Brandt"),
      ("Night Ferry to Tulsa", "P577", "1974")}),
    ("Lev Brandt died on Sunday. He became a favorite of director Sam Okoro, who cast him in Copper Town (1974) "
     "and The Long Count (1979).",
     {("Copper Town", "P161", "Lev Brandt"), ("The Long Count", "P161", "Lev Brandt")}),
    # "the pair" after "A and B"; a weekday or month opening a name ("Sunday People", "June Park")
    ("Ana Ruiz and Bo Chan are teaming up for the first time. The pair will star in Sunday People.",
     {("Sunday People", "P161", "Ana Ruiz"), ("Sunday People", "P161", "Bo Chan")}),
    ("June Park will direct Red Sky.", {("Red Sky", "P57", "June Park")}),
    # "Title, the 2011 adventure directed by A" even when the parser hangs the apposition elsewhere
    ("Lang was the original hero in Skyhook, the 2011 adventure directed by Mina Sato. The studio later "
     "fast-tracked Skyhook 2.", {("Skyhook", "P57", "Mina Sato"), ("Skyhook 2", "P155", "Skyhook")}),
    # possessives over genre words and before a title that opens with an article
    ("Lang was busy filming Ben Ortega's war drama The Long Field.", {("The Long Field", "P57", "Ben Ortega")}),
    ("She began her career as an assistant editor on Lars Bredahl's The Quiet Coast.",
     {("The Quiet Coast", "P57", "Lars Bredahl")}),
    # "a March premiere for Title"; a genre-noun anaphor as the subject of "stars A as X" (it used to crash)
    ("Orbit has set a March premiere for Glass Road. The fantasy drama stars Ann Lee as Mara Vell, a glassblower.",
     {("Glass Road", "P161", "Ann Lee"), ("Mara Vell", "P175", "Ann Lee"), ("Mara Vell", "P1441", "Glass Road")}),
    # "the thriller A is directing": A is no title; "boarded Title"; "joined Title as director"
    ("Ines Holt has boarded Salt Hymn, the coastal thriller Oren Falk is directing for Orbit.",
     {("Salt Hymn", "P161", "Ines Holt"), ("Salt Hymn", "P57", "Oren Falk")}),
    ("Ana Lind has joined Red Sky as director.", {("Red Sky", "P57", "Ana Lind")}),
    ("Director Ana Lind has joined Red Sky.", {("Red Sky", "P57", "Ana Lind")}),
    # companies: "Studio is producing Title" (a production company), "produced by A for Studio Films";
    # a short name ("Focus") is the one longer company name it opens ("Focus Features")
    ("Orbit Pictures is producing Red Sky. Focus Features will release it in May. Focus will distribute it.",
     {("Red Sky", "P272", "Orbit Pictures"), ("Red Sky", "P750", "Focus Features")}),
    ("Red Sky is produced by Ana Lind for Kestrel Films.",
     {("Red Sky", "P162", "Ana Lind"), ("Red Sky", "P272", "Kestrel Films")}),
    # "Title, the Studio thriller in which ...": a title NER took for a company, read from the apposition
    ("Ana Moss wrapped production on Copper Summer, the Orbit thriller in which she stars for director Yana Polk.",
     {("Copper Summer", "P57", "Yana Polk")}),
    # "Title, the thriller A is directing for Studio" inside a longer sentence: A directs it
    ("EXCLUSIVE: Ines Holt has boarded Salt Hymn, the coastal thriller Oren Falk is directing for Orbit, "
     "Deadline has learned.", {("Salt Hymn", "P57", "Oren Falk"), ("Salt Hymn", "P161", "Ines Holt")}),
    # a "husband" who shares a surname with a part just named is a part too
    ("Red Sky is a thriller. Ana Lind will play Ines Varga, a biologist. Bo Chan is her estranged husband, "
     "Cal Varga.", {("Cal Varga", "P175", "Bo Chan"), ("Ines Varga", "P175", "Ana Lind")}),
    ("Ana Lind is married to Bo Chan. Her brother, Cal Lind, is a producer.",
     {("Ana Lind", "P26", "Bo Chan"), ("Ana Lind", "P3373", "Cal Lind")}),
    # "A wrote the screenplay, adapting B's novel X"; "B and C serve as producers alongside A";
    # "A's previous feature, Title" for a director named as such earlier
    ("Ana Lind wrote the screenplay for Red Sky with Bo Chan, adapting Lise Marrow's 2019 novel The Drowned Choir.",
     {("Red Sky", "P144", "The Drowned Choir"), ("Red Sky", "P58", "Bo Chan")}),
    ("Red Sky is a new thriller. Hollis Grange and Amara Devlin serve as producers alongside Oren Falk.",
     {("Red Sky", "P162", "Oren Falk"), ("Red Sky", "P162", "Hollis Grange")}),
    ("Oren Falk is directing Red Sky, and he also produces it. Ines Holt starred in Falk's previous feature, "
     "Low Country (2021).", {("Low Country", "P57", "Oren Falk"), ("Low Country", "P161", "Ines Holt")}),
    # object relatives: "Title, a western that A will direct", "Title, the drama she wrote and directed"
    ("Orbit is set to acquire Ironwood, a revisionist western that Delia Marsh will direct from a script by "
     "Cas Moyo.", {("Ironwood", "P57", "Delia Marsh"), ("Ironwood", "P58", "Cas Moyo")}),
    ("Delia Marsh broke through with Glass Orchard (2022), the chamber drama she wrote and directed.",
     {("Glass Orchard", "P57", "Delia Marsh"), ("Glass Orchard", "P58", "Delia Marsh")}),
    # a relative clause states its own fact inside a hedged sentence
    ("Orbit Pictures is in final negotiations to acquire Ironwood, a western that Delia Marsh will direct.",
     {("Ironwood", "P57", "Delia Marsh")}),
    ("Red Sky is a drama. Music director Ann Lee composed its songs.", {("Red Sky", "P86", "Ann Lee")}),
    # hyphenated names stay whole, and the surname alone joins them; "by Nigerian filmmaker A"
    ("The Dry Acre is directed by Nigerian filmmaker Ada Obaro-Lind. Obaro-Lind also wrote it.",
     {("The Dry Acre", "P57", "Ada Obaro-Lind"), ("The Dry Acre", "P58", "Ada Obaro-Lind")}),
    ("The superhero film Spider-Boy stars Tom Lee.", {("Spider-Boy", "P161", "Tom Lee")}),
    # festival listings: "Title (dir. A), a Warsaw-set family saga written by B"; "Title, by director A"
    ("Ten films will compete. Halcyon Street (dir. Marek Zelin), a Warsaw-set family saga written by Zelin and "
     "Jo Farr and starring Agnes Borow, is among them.",
     {("Halcyon Street", "P57", "Marek Zelin"), ("Halcyon Street", "P58", "Jo Farr"),
      ("Halcyon Street", "P161", "Agnes Borow")}),
    ("Salt and Ember, by Chilean director Tomas Lund, is also in competition.",
     {("Salt and Ember", "P57", "Tomas Lund")}),
    # a review's credit block: one label per line, the credits are the reviewed film's
    ("'Copper Lane' Review: A Grief Drama That Loses Its Nerve\n\nAbout forty minutes into Copper Lane, Maud "
     "breaks down. Its director's debut, Pale Field (2019), was gentler.\n\nProduction company: Wolf Hound "
     "Pictures\nDistributor: Orbit\nCast: Ada Fenn, Desi Hale, Lorna Quaid\nDirector: Kas Strand\n"
     "Screenwriters: Kas Strand, Bea Lowe\nDirector of photography: Yus Hallor\nMusic: Nadia Cirell",
     {("Copper Lane", "P272", "Wolf Hound Pictures"), ("Copper Lane", "P750", "Orbit"),
      ("Copper Lane", "P161", "Lorna Quaid"), ("Copper Lane", "P57", "Kas Strand"), ("Copper Lane", "P58", "Bea Lowe"),
      ("Copper Lane", "P344", "Yus Hallor"), ("Copper Lane", "P86", "Nadia Cirell")}),
    # reviews: "forty minutes into A's Title", a part and then its actor in brackets, kin of a part is no kin
    ("About forty minutes into Kas Strand's Copper Lane there is a moment when Maud Keane (Ada Fenn) stands in "
     "the doorway. Maud has come back to Dublin with her brother Fintan (Desi Hale).",
     {("Copper Lane", "P57", "Kas Strand"), ("Maud Keane", "P175", "Ada Fenn"), ("Copper Lane", "P161", "Ada Fenn"),
      ("Fintan", "P175", "Desi Hale"), ("Fintan", "P1441", "Copper Lane")}),
    # "with A and B reprising their roles as storm chasers X and Y"; "B, who plays a rogue meteorologist, Dr. Z"
    ("Thunder 2 is a sequel to Thunder, with Dana Oye and Felix March reprising their roles as storm chasers Ivy "
     "Stroud and Nico Baner. New to the franchise is Gus Pell, who plays a rogue meteorologist, Dr. Lyle Hask.",
     {("Ivy Stroud", "P175", "Dana Oye"), ("Nico Baner", "P175", "Felix March"), ("Thunder 2", "P161", "Dana Oye"),
      ("Thunder 2", "P161", "Gus Pell"), ("Dr. Lyle Hask", "P175", "Gus Pell")}),
    # box office: a title the headline quotes is a film wherever the text repeats it; "The animated musical,
    # directed by A" continues the sentence before, about the film that was its subject
    ("Box Office: 'Thunder 2' Storms to $78 Million Debut as 'Little Wren' Holds Strong\n\nOrbit's Thunder 2 "
     "blew past expectations, collecting $78.4 million. Kas Lee co-wrote the sequel with Jo Bran. Audiences "
     "awarded it an A- CinemaScore.\n\nIn second place, Orbit's Little Wren dipped 31% to $44.2 million. The "
     "animated musical, directed by Hon Blaise and featuring a score by Tobi Lund, has now earned $131 million.",
     {("Little Wren", "P57", "Hon Blaise"), ("Little Wren", "P86", "Tobi Lund"), ("Thunder 2", "P58", "Jo Bran")}),
    # obituaries: "his brother Clement" is an Arkwright; "his wife, the director B" credits B with nothing here
    ("Wendell Arkwright, the cinematographer of Brass Meridian, died on Sunday. His death was confirmed by his "
     "wife, the director Ingrid Solberg. His brother Clement, a production designer, worked alongside him.",
     {("Brass Meridian", "P344", "Wendell Arkwright"), ("Clement Arkwright", "P3373", "Wendell Arkwright"),
      ("Ingrid Solberg", "P26", "Wendell Arkwright")}),
    # "He and Ms. Ferraro reunited for X (1983), and again for Y": each in the craft the text gave them;
    # "Ms. Ferraro" is the Lucia Ferraro named before
    ("Wendell Ark, a cinematographer, died on Sunday. His breakthrough came with Brass Meridian (1979), a boxing "
     "drama directed by Lucia Ferraro. He and Ms. Ferraro reunited for Midnight at Calloway (1983), and again "
     "for Winterlight (1986).",
     {("Midnight at Calloway", "P344", "Wendell Ark"), ("Winterlight", "P57", "Lucia Ferraro"),
      ("Midnight at Calloway", "P57", "Lucia Ferraro")}),
    # "The Ferryman's Daughter" is one title; "X grossed $40 million for Studio, which released it": X
    ("Nell Oster will direct The Ferryman's Daughter, the studio confirmed Wednesday.",
     {("The Ferryman's Daughter", "P57", "Nell Oster")}),
    ("Ana Lee will direct Red Sky. Her film Pinecrest grossed more than $40 million for Kestrel Films, which "
     "released it in the U.S.", {("Pinecrest", "P750", "Kestrel Films"), ("Red Sky", "P57", "Ana Lee")}),
    # franchise news: a subtitle alone ("First Light") is the "Title: Subtitle" of the text; "the original X"
    # is named in passing; "returns to helm from a script by B"
    ("'Dark Tide: First Light' Prequel Sets June 2027 Release\n\nDark Tide: First Light, a prequel set two "
     "decades before the events of the original Dark Tide (2018), will open on June 11, 2027. Ken Aber, who "
     "directed Dark Tide, returns to helm from a script by Sela Whit. First Light will follow a young admiral. "
     "Also joining the cast are Ben Amsel and Cora Diaye.",
     {("Dark Tide: First Light", "P57", "Ken Aber"), ("Dark Tide: First Light", "P58", "Sela Whit"),
      ("Dark Tide: First Light", "P161", "Ben Amsel"), ("Dark Tide", "P57", "Ken Aber")}),
    # trailers: "the first trailer for Title"; "A stars as X" when the tagger reads "stars" as a noun; a part
    # NER took for a company, its actor in brackets; "rounds out the ensemble as X"; "adapted the screenplay
    # from his own stage play, Y"
    ("Orbit unveiled the first trailer for The Honey Affair. Leona Marsh stars as Vera Lind, a translator in "
     "1962 Vienna who falls for Anton Brisk (Cosimo Ade), the charming attache. Hugo Vant rounds out the "
     "ensemble as Percy Gault, a jittery clerk. Gideon Farr-White adapted the screenplay from his own 2016 stage "
     "play, Honeycomb.",
     {("Vera Lind", "P175", "Leona Marsh"), ("Anton Brisk", "P175", "Cosimo Ade"), ("Percy Gault", "P175", "Hugo Vant"),
      ("The Honey Affair", "P161", "Cosimo Ade"), ("The Honey Affair", "P58", "Gideon Farr-White"),
      ("The Honey Affair", "P144", "Honeycomb")}),
    # "Studio has set a March 14, 2026 premiere for Title, writer-director A's adaptation of B's novel X"
    ("Orbit has set a March 14, 2026 premiere for Glasswing, writer-director Tess Brandt's adaptation of Corvin "
     "Ash's bestselling graphic novel The Girl With Rime Harbours, the streamer announced Monday.",
     {("Glasswing", "P750", "Orbit"), ("Glasswing", "P577", "2026"), ("Glasswing", "P57", "Tess Brandt"),
      ("Glasswing", "P58", "Tess Brandt"), ("Glasswing", "P144", "The Girl With Rime Harbours")}),
    # "between A and B, who had a supporting role in X": only B, the name right before "who"
    ("Tess Brandt directed Glasswing. It marks the second collaboration between Brandt and Imani Roux, who had "
     "a supporting role in Kitefall as a runaway.", {("Kitefall", "P161", "Imani Roux")}),
    # an awards list: a category line, then one nominee per line
    ("Silver Awards: 'Ninth Orchard' Leads Nominations\n\nNominees in key categories:\n\nBest Director\n"
     "Ambrose Kil, Ninth Orchard\nPiet van Zant, The Understudy's Wife\n\nBest Actress\nSaoirse Quen, "
     "Velvet Curfew\n\nBest Adapted Screenplay\nTeo Vasil and Priscilla Hume, Quiet Machines\n\n"
     "Best Cinematography\nSunniva Haug, Harbor",
     {("Ninth Orchard", "P57", "Ambrose Kil"), ("The Understudy's Wife", "P57", "Piet van Zant"),
      ("Velvet Curfew", "P161", "Saoirse Quen"), ("Quiet Machines", "P58", "Priscilla Hume"),
      ("Quiet Machines", "P58", "Teo Vasil"), ("Harbor", "P344", "Sunniva Haug")}),
    # "Title, A's sprawling period drama about ...": A directed it ("The Ninth ..." keeps its ordinal)
    ("The Ninth Orchard, Ambrose Kil's sprawling period drama about apple growers, led nominations.",
     {("The Ninth Orchard", "P57", "Ambrose Kil")}),
    ("Red Sky opened in 1950. It would prove to be Jack Benn's final starring feature.",
     {("Red Sky", "P161", "Jack Benn")}),
    # "Title's A, who plays X": a film's actor (NER joins the two names)
    ("'The Ninth Orchard' and 'Harbor' Lead Nominations\n\nHarbor's Olu Parrish, who plays the taciturn "
     "lobsterman Elias Crowe, picked up his first nomination, as did The Ninth Orchard's Darnell Ives, who plays "
     "orchard foreman Jed Pike.",
     {("Harbor", "P161", "Olu Parrish"), ("Elias Crowe", "P175", "Olu Parrish"),
      ("The Ninth Orchard", "P161", "Darnell Ives"), ("Jed Pike", "P175", "Darnell Ives")}),
    # "Title, a Gilded Age drama written by A"; "an adaptation of B's novel The Lamplighter's Daughter"
    ("Gilt, a Gilded Age drama written by Orla Penn, will shoot in May.", {("Gilt", "P58", "Orla Penn")}),
    ("Lamplighter, an adaptation of Rosa Kettle's novel The Lamplighter's Daughter, is also on the slate.",
     {("Lamplighter", "P144", "The Lamplighter's Daughter")}),
    # "A is back as X" (the parser reads "as" as a new clause's marker)
    ("Leading the slate is Sugar Loaf 2. Tam Greaves is back as Polly Sugden, the pastry chef she played in the "
     "original, and Kwame Lind joins the cast as a rival baker.",
     {("Polly Sugden", "P175", "Tam Greaves"), ("Sugar Loaf 2", "P161", "Tam Greaves"),
      ("Sugar Loaf 2", "P161", "Kwame Lind")}),
    # a wedding item: a full name NER missed beside a person's; "married to director A" credits A with nothing;
    # "a western that Studio will release in 2026"
    ("'Tidewater' Co-Stars Marry in Lisbon\n\nJuno Alda and Reuben Okpa are officially husband and wife. Juno "
     "played Rosa Ibar in Tidewater. It is the second marriage for Juno, who was previously married to director "
     "Lorne Vask. The newlyweds will next be seen in Sable Creek, a western that the brothers directed and that "
     "Magnolia Pictures will release in 2026.",
     {("Rosa Ibar", "P175", "Juno Alda"), ("Tidewater", "P161", "Juno Alda"), ("Juno Alda", "P26", "Lorne Vask"),
      ("Sable Creek", "P750", "Magnolia Pictures")}),
    # a craft profile: the film the headline names stays in focus over earlier work listed in passing
    ("Editor Noor Hall on Shaping 'The Paper Lantern'\n\nWhen Noor Hall first assembled The Paper Lantern, "
     "Felipe Anwa's period whodunit, the cut ran four hours. She has cut every one of his features since his "
     "debut, Cold Fruit (2014), including Dovecote (2017). The excised material now survives as flashbacks "
     "triggered by star Lucius Fair, who plays the detective, Inspector Wystan Clare. Much of the tension comes "
     "from the score by Bettina Krasz.",
     {("The Paper Lantern", "P161", "Lucius Fair"), ("The Paper Lantern", "P86", "Bettina Krasz")}),
    # "Title (2022), the chamber drama she wrote"; "B scored that film": the film just named
    ("Orbit Nears Deal for 'Ironwood'\n\nOrbit is set to acquire Ironwood, a western that Delia Marsh will "
     "direct. Marsh broke through with Glass Orchard (2022), the chamber drama she wrote and directed. Ans "
     "Groth scored that film.",
     {("Glass Orchard", "P58", "Delia Marsh"), ("Glass Orchard", "P86", "Ans Groth"),
      ("Ironwood", "P57", "Delia Marsh")}),
    # "brothers Hal and Teddy Okoro": both are Okoros, and siblings
    ("The festival will close with Northbound, the road movie directed by brothers Hal and Teddy Okoro.",
     {("Northbound", "P57", "Hal Okoro"), ("Northbound", "P57", "Teddy Okoro"), ("Hal Okoro", "P3373", "Teddy Okoro")}),
    # a bulleted list of films: each item opens with its title, and "the film" in an item is that one
    ("Fennick Festival Names Its Lineup; 'Saltmarsh' Opens\n\nThe festival opens with Saltmarsh, directed by "
     "Ilse Brandvold. Eight films will compete. Among them:\n\n"
     "- Copperline (dir. Oskar Vantongeren), a mining drama written by Vantongeren and starring Maud Pelletier.\n"
     "- Lantern Weather, Scottish director Rhona Bleakley's second feature, with Idris Okonjo in the lead role.\n",
     {("Saltmarsh", "P57", "Ilse Brandvold"), ("Copperline", "P57", "Oskar Vantongeren"),
      ("Copperline", "P58", "Oskar Vantongeren"), ("Copperline", "P161", "Maud Pelletier"),
      ("Lantern Weather", "P57", "Rhona Bleakley")}),
    # "B also stars": on the film B was just credited on, not the article's main one
    ("The festival opens with Harrow Lane, a drama starring Ines Roux. It will close with Tidewater, the comedy "
     "directed by Pavel Sorin. Sorin also stars, alongside Greta Lind.",
     {("Harrow Lane", "P161", "Ines Roux"), ("Tidewater", "P57", "Pavel Sorin"), ("Tidewater", "P161", "Pavel Sorin"),
      ("Tidewater", "P161", "Greta Lind")}),
    # "by A" hung on the phrase before it; a ranked list: each numbered heading's film rules its paragraph
    ("Every Film by Ottilie Crane, Ranked\n\n3. Sallowby (2012)\nA debut that still bites. It was produced on a "
     "tiny budget by Mara Finchley.\n\n2. Lowland Hymn (2016)\nWarmer than Sallowby, Crane's second film has a "
     "score by Dov Reinholt, and it stars Pia Vantage.\n\n1. Amber Quay (2021)\nSallowby and Lowland Hymn "
     "were rehearsals. It stars Juno Tallis.\n",
     {("Sallowby", "P162", "Mara Finchley"), ("Lowland Hymn", "P86", "Dov Reinholt"),
      ("Lowland Hymn", "P161", "Pia Vantage"), ("Amber Quay", "P161", "Juno Tallis")}),
    # absolute "with" clauses: who does what on the film the sentence is about
    ("The drama Red Kite shoots in May, with Dana Reyes directing and Lantern Films distributing.",
     {("Red Kite", "P57", "Dana Reyes"), ("Red Kite", "P750", "Lantern Films")}),
    ("The thriller Red Kite opens in May. Dravik Films is again on board, with Dravik chief Irina Salo producing "
     "alongside Dana Reyes.", {("Red Kite", "P162", "Irina Salo"), ("Red Kite", "P162", "Dana Reyes")}),
    # "A directed B in the thriller Title" ("in" hung on B); "A directed her in ...": "her" is not A
    ("Lorne Lidholm directed Ana Brodd in the thriller Slate Road (2016).",
     {("Slate Road", "P57", "Lorne Lidholm"), ("Slate Road", "P161", "Ana Brodd"), ("Slate Road", "P577", "2016")}),
    ("Ana Brodd starred in Tidewater. She was previously married to director Lorne Lidholm. Lidholm directed her in "
     "the thriller Slate Road (2016).", {("Slate Road", "P57", "Lorne Lidholm"), ("Slate Road", "P161", "Ana Brodd")}),
    ("Co-stars Mira Solberg and Tobiah Renn are now husband and wife.", {("Mira Solberg", "P26", "Tobiah Renn")}),
    # distributors: "The film, which Studio releases Friday"; "Studio will release Title in theaters"
    ("Ivo Sand directed the drama Red Kite. The film, which Kestrel Pictures releases in theaters Friday, stars "
     "Ann Lee.", {("Red Kite", "P750", "Kestrel Pictures"), ("Red Kite", "P161", "Ann Lee")}),
    ("The spy caper Red Kite has a trailer, and Searchlight will release Red Kite in theaters in November.",
     {("Red Kite", "P750", "Searchlight")}),
    # "Title (1995), a drama starring A": the apposed title, not the film the text is about
    ("Brass Rail (1979) is a boxing drama directed by Ann Holt. In 1995 he tried directing with Shore Blues (1995), "
     "a jazz-club drama starring Tom Pryce.",
     {("Shore Blues", "P161", "Tom Pryce"), ("Brass Rail", "P57", "Ann Holt")}),
    ("The score of Red Kite is by Bettina Kraus.", {("Red Kite", "P86", "Bettina Kraus")}),
    ("The drama Red Kite opens Friday. The score is by Bettina Kraus, who is also Noor Hall's wife.",
     {("Red Kite", "P86", "Bettina Kraus"), ("Bettina Kraus", "P26", "Noor Hall")}),
    ("Mira Solberg and Tobiah Renn tied the knot in Porto on Saturday.", {("Mira Solberg", "P26", "Tobiah Renn")}),
    # a biography's opening: "A (born ...) is an American filmmaker ... through which he wrote ..."
    ("Dorian Vell (born May 2, 1971) is an American filmmaker, and founder of Tallow Pictures through which he "
     "wrote and directed the 2010 film The Long Ferry, which featured the ensemble cast of Ona Brisk, Tal Moreau "
     "and Ivo Sand.",
     {("The Long Ferry", "P57", "Dorian Vell"), ("The Long Ferry", "P58", "Dorian Vell"),
      ("The Long Ferry", "P161", "Ona Brisk"), ("The Long Ferry", "P161", "Tal Moreau"),
      ("The Long Ferry", "P161", "Ivo Sand"), ("The Long Ferry", "P577", "2010")}),
    ("Ivo Sand (3 March 1921 – 9 May 1999) was a Danish stage and film actor. He was an actor, known for Glass River "
     "(1957) and Salt Road (1960).",
     {("Glass River", "P161", "Ivo Sand"), ("Salt Road", "P161", "Ivo Sand"), ("Glass River", "P577", "1957"),
      ("Salt Road", "P577", "1960")}),
    ("Ivo Sand was a German actor, known for Glass River (1957) and Salt Road (1960).",
     {("Glass River", "P161", "Ivo Sand"), ("Salt Road", "P161", "Ivo Sand")}),
    ("Glass River is a 1956 film. Ivo Sand was the main actor while the director was Mara Quill.",
     {("Glass River", "P161", "Ivo Sand"), ("Glass River", "P57", "Mara Quill")}),
    ("Leading the slate is Copper Hill 2, with Ilona and Dasha Brenner returning to write and direct.",
     {("Copper Hill 2", "P57", "Ilona Brenner"), ("Copper Hill 2", "P57", "Dasha Brenner"),
      ("Copper Hill 2", "P58", "Ilona Brenner"), ("Copper Hill 2", "P58", "Dasha Brenner")}),
    # a slate: "every film on the slate", "all of the titles" are each upcoming film the text names
    ("Kestrel Films, the studio behind the hit Paper Lanterns (2023), unveiled a slate. It includes Salt Marsh 2, "
     "which Ada Brenner will direct, and Winter Signal, a thriller from Tomas Quist. Kestrel chief Lena Hale will "
     "produce every film on the slate, and Northgate Pictures will distribute all of the titles.",
     {("Salt Marsh 2", "P162", "Lena Hale"), ("Winter Signal", "P162", "Lena Hale"),
      ("Salt Marsh 2", "P750", "Northgate Pictures"), ("Winter Signal", "P750", "Northgate Pictures")}),
    ("Elan Bright will star in Cinder Hollow. Cas Moyo co-wrote the thriller with Amos Bright, Elan's older "
     "brother.", {("Amos Bright", "P3373", "Elan Bright"), ("Cinder Hollow", "P58", "Cas Moyo"),
                  ("Cinder Hollow", "P58", "Amos Bright")}),
    # studios as owners and labels: a distributor, unless the name says production outfit
    ("Ivo Sand starred in the Streamly film \"Copper Bell\" (2023) and in Kestrel Productions' thriller Night Orchard. "
     "Copper Bell was a hit, and Night Orchard was a hit too.",
     {("Copper Bell", "P750", "Streamly"), ("Night Orchard", "P272", "Kestrel Productions")}),
    ("Mara Quill shot Long Pier (1983), a Northgate Pictures neo-noir directed by Ivo Sand. Long Pier made money.",
     {("Long Pier", "P750", "Northgate Pictures"), ("Long Pier", "P57", "Ivo Sand")}),
    ("Blue Mesa is a drama. Northgate Pictures picked up the rights and will open the film in theaters in "
     "October 2025.", {("Blue Mesa", "P750", "Northgate Pictures"), ("Blue Mesa", "P577", "2025")}),
    # a film by a person, and a title that ends on a question mark
    ("Glass River is a 1988 film by Mara Quill.", {("Glass River", "P57", "Mara Quill")}),
    ("Who Killed the Tide? is a 1969 drama film directed by Ivo Sand. It stars Ana Brodd.",
     {("Who Killed the Tide", "P57", "Ivo Sand"), ("Who Killed the Tide", "P161", "Ana Brodd"),
      ("Who Killed the Tide", "P577", "1969")}),
    ("Flight from Lisbon is a 1979 film. Ann Lee starred in the 1979 movie Flight from Lisbon as a guard.",
     {("Flight from Lisbon", "P161", "Ann Lee")}),
    # a trade review's credit block, several labels to a line, and its "A Studio release of a Firm production"
    ("'Salt Road' Review: A Quiet Drama\n\nSalt Road is a quiet film.\n\nProduction: (France) A Northgate Pictures "
     "(in North America) release of a Tierra Alta Cine, Les Films du Nord production. Producers: Ana Brodd, "
     "Luc Moreau.\n\nCrew: Director: Ivo Sand. Screenplay: Ivo Sand, Mara J. Quill, based on the novel by "
     "Tom Hale. Camera: Kim Dae-ho. Editor: Jo Lind. Music: Sam Orrin.\n\nWith: Ann Lee, Dev Balan. (French "
     "dialogue)", {("Salt Road", "P750", "Northgate Pictures"), ("Salt Road", "P272", "Tierra Alta Cine"),
                   ("Salt Road", "P272", "Les Films du Nord"), ("Salt Road", "P162", "Ana Brodd"),
                   ("Salt Road", "P162", "Luc Moreau"), ("Salt Road", "P57", "Ivo Sand"),
                   ("Salt Road", "P58", "Mara J. Quill"), ("Salt Road", "P344", "Kim Dae-ho"),
                   ("Salt Road", "P1040", "Jo Lind"), ("Salt Road", "P86", "Sam Orrin"),
                   ("Salt Road", "P161", "Ann Lee"), ("Salt Road", "P161", "Dev Balan")}),
    # deals: who acquired a film distributes it
    ("Night Orchard is a drama. Night Orchard, which was acquired by Streamly, opens Friday.",
     {("Night Orchard", "P750", "Streamly")}),
    ("Night Orchard is a drama. Northgate has acquired the film for North America.",
     {("Night Orchard", "P750", "Northgate")}),
    ("Night Orchard is a drama. Kestrel Pictures has taken UK rights to Night Orchard.",
     {("Night Orchard", "P750", "Kestrel Pictures")}),
    ("Night Orchard is a drama. It has been acquired by Streamly TV+.", {("Night Orchard", "P750", "Streamly TV+")}),
    ("Ann Lee edited Undertow Bay. Northgate opens it in US cinemas on Friday.",
     {("Undertow Bay", "P750", "Northgate")}),
    # a quoted headline that is someone's words, not a title
    ("'I Wasn't Done With Her': Ann Lee on Closing Her Trilogy\n\nAnn Lee directed Undertow Bay. Northgate "
     "opens it on Friday.", {("Undertow Bay", "P57", "Ann Lee"), ("Undertow Bay", "P750", "Northgate")}),
    # names: a given name with a lower-case second syllable; a nationality before "actress A" is no name
    ("Ji-won Seo joins Night Orchard as Hana Kwak.", {("Hana Kwak", "P175", "Ji-won Seo")}),
    ("Night Orchard stars Ivo Sand and Norwegian actress Eline Vik as a couple.",
     {("Night Orchard", "P161", "Eline Vik"), ("Night Orchard", "P161", "Ivo Sand")}),
    ("Night Orchard stars Kim Dae-ho.", {("Night Orchard", "P161", "Kim Dae-ho")}),
    # a quoted title with its year in brackets
    ("Ann Lee earned praise for her turn in the drama \"Salt Flat\" (2023).", {("Salt Flat", "P577", "2023")}),
    # couples
    ("Night Orchard will be produced by the married producing team of Kofi Mensah and Lena Marr.",
     {("Kofi Mensah", "P26", "Lena Marr")}),
    ("The jury praised real-life married couple Kim Dae-ho and Lee Soo-ah.", {("Kim Dae-ho", "P26", "Lee Soo-ah")}),
    ("The husband-and-wife team of Ann Lee and Ivo Sand produced Night Orchard.", {("Ann Lee", "P26", "Ivo Sand")}),
    # "A as Character" in a sentence about casting
    ("Undertow Bay is an animated film. Joining Ann Lee in the voice cast are Mateo Ferran as Pell, the first mate; "
     "Kavya Rao as Tilde Marsh, a cartographer; and Ivo Sand.",
     {("Pell", "P175", "Mateo Ferran"), ("Tilde Marsh", "P175", "Kavya Rao"), ("Tilde Marsh", "P1441", "Undertow Bay"),
      ("Undertow Bay", "P161", "Kavya Rao")}),
    ("Iron Tide is a thriller. Greer Malloy is back for a fourth time as Tess Ironwood, the naval officer.",
     {("Tess Ironwood", "P175", "Greer Malloy"), ("Iron Tide", "P161", "Greer Malloy")}),
    ("Salt Flat 2 is a sequel. It is directed by Priya Rao, best known for the heist caper Paper Tigers (2019). "
     "Rao co-wrote the script with Luke Ambrose.", {("Salt Flat 2", "P58", "Priya Rao"),
                                                     ("Salt Flat 2", "P58", "Luke Ambrose")}),
    ("Salt Flat 2 is shooting. Mateo Villa is also back as Ruben \"Sparks\" Ortega, the tech handler.",
     {("Salt Flat 2", "P161", "Mateo Villa")}),
    # "X, the ... played by A": a description between the part and "played"
    ("Salt Flat is a drama. There is a moment in Salt Flat when Ines, the widowed hotel-keeper played by Lucia Ferr, "
     "climbs onto the roof.", {("Ines", "P175", "Lucia Ferr"), ("Ines", "P1441", "Salt Flat"),
                               ("Salt Flat", "P161", "Lucia Ferr")}),
    ("Copper Bell is a sequel. It brings in Odile Marr, a Montreal bagwoman played with icy charm by Yvette Dela.",
     {("Odile Marr", "P175", "Yvette Dela")}),
    # sources: "Adapted from A's novel \"X\", the film ...", "loosely drawn from X", "adapted it from A's novel X"
    ("Salt Road is a drama. Adapted from Octavio Lern's 2016 novel \"Days of Salt,\" the film follows Ines.",
     {("Salt Road", "P144", "Days of Salt")}),
    ("Undertow Bay is a drama, loosely drawn from The House on Bar Point, a 1978 novel by Ola Ade.",
     {("Undertow Bay", "P144", "The House on Bar Point")}),
    # a film named as someone's debut is in passing: "the film" is still the article's
    ("'Salt Road' Review: A Winter Drama\n\nSalt Road is Ivo Sand's second film. It has the patience that marked "
     "his debut, \"Low Season\" (2019). Adapted from a novel, the film follows a widow. Northgate will open the "
     "film in October.", {("Salt Road", "P750", "Northgate")}),
    # series: "the third film in the Tales of X series", however the parser hangs it
    ("First Light is the third film in the Tales of Lanternvale series.",
     {("First Light", "P179", "Tales of Lanternvale")}),
    # sibling groups: "sibling duo A and B Vale", "Lagos-based brothers A Obi and B Obi"
    ("Lucky Penny was directed by sibling duo Nadia and Samir Hadd.",
     {("Lucky Penny", "P57", "Nadia Hadd"), ("Lucky Penny", "P57", "Samir Hadd"),
      ("Nadia Hadd", "P3373", "Samir Hadd")}),
    ("Daybreak Inn, from Lagos-based brothers Emeka Obu and Chinedu Obu, is a drama.",
     {("Chinedu Obu", "P3373", "Emeka Obu")}),
    ("Ruin Road is an adaptation of the graphic novel The Ash Ledger by Kenji Mori.",
     {("Ruin Road", "P144", "The Ash Ledger")}),
    ("Harbor Line is a drama. Searchlight will release the film in 2026.", {("Harbor Line", "P577", "2026")}),
    # appositions the parser reads as lists, names with hyphens, subjects it mis-hangs
    ("Ruin Road, Sigrun Hall's third feature, is a thriller.", {("Ruin Road", "P57", "Sigrun Hall")}),
    ("Ember Lane Studios has closed a deal with Kestrel Pictures on The Tailor Of Yaba, the second feature from "
     "Chidi Okonkwo-Bell.", {("The Tailor Of Yaba", "P57", "Chidi Okonkwo-Bell")}),
    ("Chloe Marsh and Minh Tran will star in Us Two, a comedy.",
     {("Us Two", "P161", "Chloe Marsh"), ("Us Two", "P161", "Minh Tran")}),
    ("The shortlist includes \"Paloma 2\", Lucia Ferr's sequel to her 2021 hit \"Paloma\".",
     {("Paloma 2", "P57", "Lucia Ferr"), ("Paloma 2", "P155", "Paloma")}),
    # banners: "produced through Firm Films", "through the pair's Bristol-based company, Firm Pictures"
    ("Undertow Bay is a drama. Undertow Bay was produced through Ebb House Films.",
     {("Undertow Bay", "P272", "Ebb House Films")}),
    ("Anchor Point is a drama, produced through the pair's Bristol-based company, Two Tides Pictures.",
     {("Anchor Point", "P272", "Two Tides Pictures")}),
    ("Thornfield is a horror film. Black Orchard Pictures, which produced Thornfield, is based in Leeds.",
     {("Thornfield", "P272", "Black Orchard Pictures")}),
    ("Kingfisher Bay 2 is shooting. Farah Qures takes over as cinematographer, and Jonah Feld stays on as a "
     "producer.", {("Kingfisher Bay 2", "P344", "Farah Qures"), ("Kingfisher Bay 2", "P162", "Jonah Feld")}),
    ("Lamp Hill is a drama. Maeve Donn was cast in Lamp Hill, but Ivo Sand exited last spring.",
     {("Lamp Hill", "P161", "Maeve Donn")}),
    ("Lamp Hill is a drama. Maeve Donn starred in Lamp Hill, but Donn quit the sequel.",
     {("Lamp Hill", "P161", "Maeve Donn")}),
    ("Night Ferry 2 is shooting. Grant Pell, who headlined the sleeper hit Night Ferry, will not return.",
     {("Night Ferry", "P161", "Grant Pell")}),
    ("Ann Lee headlined the 2019 thriller Night Orchard.", {("Night Orchard", "P161", "Ann Lee")}),
    ("Stormhold 2 is shooting. Dev Malho remains attached as writer.", {("Stormhold 2", "P58", "Dev Malho")}),
    # a synopsis names the film's characters
    ("Anchor Point is a drama. Anchor Point tells the story of Nell Pryse, a widow.",
     {("Nell Pryse", "P1441", "Anchor Point")}),
    ("First Lantern is a prequel. The film follows Wendel, a tortoise.", {("Wendel", "P1441", "First Lantern")}),
    # a studio's quoted title, a studio's comedy
    ("Northgate's \"Glass Harbor\" slipped to third. Kestrel Pictures' romantic comedy \"Lucky Penny\" opened well.",
     {("Glass Harbor", "P750", "Northgate"), ("Lucky Penny", "P750", "Kestrel Pictures")}),
    # "the director's sister": the person the text made director (one of her surname first)
    ("Harbor Line 2 is directed by Sigrid Vale. Liv Vale, the director's younger sister, produces.",
     {("Liv Vale", "P3373", "Sigrid Vale")}),
    ("Salt Flat was directed by Mateo Quint. Park shot director Celine Arno's Paper Lanterns. The production was "
     "mounted by the director's sister, Valeria Quint.", {("Mateo Quint", "P3373", "Valeria Quint")}),
    # a roundup: each paragraph is about the film it names
    ("Casting Roundup\n\nSalt Flat, the drama from Mara Quill, has cast Ann Lee. "
     "Salt Flat shoots in May.\n\nIvo Sand will star in Copper Bell, a thriller. "
     "Dev Balan is producing.\n\nCopper Bell, a thriller about a pilot, has cast Ivo Sand. Ada Lin is set to direct.",
     {("Copper Bell", "P162", "Dev Balan"), ("Copper Bell", "P57", "Ada Lin"), ("Salt Flat", "P161", "Ann Lee")}),
    # "the original", "the first film": the film the sequel in focus follows
    ("Ann Lee will star in Salt Flat 2, the sequel to Salt Flat. Mara Quill, who directed the original, is back "
     "behind the camera. Ivo Sand wrote the first film.",
     {("Salt Flat", "P57", "Mara Quill"), ("Salt Flat", "P58", "Ivo Sand"), ("Salt Flat 2", "P161", "Ann Lee")}),
    ("Wedding Bells\n\nDUNMORE, Ireland (AP) — Ana Brodd and Bola Kvarme are married.",
     {("Ana Brodd", "P26", "Bola Kvarme")}),
    # "both", "both earlier films": the films of the franchise named so far, not the new one
    ("Borrowed Time (2015) and Borrowed Time 2 (2018) were hits, and Borrowed Time 3 starts shooting in May. "
     "Tomas Velde, who directed both earlier films, will produce. Lisa Grund, who scored both, returns.",
     {("Borrowed Time", "P57", "Tomas Velde"), ("Borrowed Time 2", "P57", "Tomas Velde"),
      ("Borrowed Time", "P86", "Lisa Grund"), ("Borrowed Time 2", "P86", "Lisa Grund")}),
    ("Ink Stain: Second Blot, the sequel to the 2020 thriller Ink Stain, opens Friday. Olu Dare, whose Red Reed "
     "(2019) was a cult hit, edits. Harrow Films, which produced both films, plans a third.",
     {("Ink Stain", "P272", "Harrow Films"), ("Ink Stain: Second Blot", "P272", "Harrow Films")}),
    # a director's possessive before a quoted title; "the Firm Films release X"; debuts
    ("Closing the slate are Danish director Ebbe Lund's \"Winter's Hive\" and the Kestrel Films release "
     "\"Salt Moon,\" a thriller set on a trawler.",
     {("Winter's Hive", "P57", "Ebbe Lund"), ("Salt Moon", "P750", "Kestrel Films")}),
    ("Cold Quay (2016), Ines Bak's micro-budget debut, was shot in nine days. The sequel will be directed by "
     "Tomas Rieu, whose 2021 debut \"Low Ember\" won in Busan.",
     {("Cold Quay", "P57", "Ines Bak"), ("Low Ember", "P57", "Tomas Rieu")}),
    # "A and B star.", "A co-stars opposite newcomer B": the film in focus, not one named "since"
    ("Next up is Paper Mill, a family drama from Lise Aubin, her first since 2019's Les Voiles. Odile Fane and "
     "Marc Tessier star. Rising actor Kai Brun co-stars opposite newcomer Sela Moy.",
     {("Paper Mill", "P161", "Odile Fane"), ("Paper Mill", "P161", "Marc Tessier"),
      ("Paper Mill", "P161", "Kai Brun"), ("Paper Mill", "P161", "Sela Moy")}),
    # "It toplines A, with B as ...", "the A-directed thriller", "Studio, which released 'Title' in 2019"
    ("Tin Crown is a comedy about a failing circus. It toplines Jory Vance, with Mina Oduro as the ringmaster.",
     {("Tin Crown", "P161", "Jory Vance"), ("Tin Crown", "P161", "Mina Oduro")}),
    ("Dry Creek (2022), the Ana Brodd-directed heist thriller, was a hit.", {("Dry Creek", "P57", "Ana Brodd")}),
    ("Harbor Films, which released \"Lowland\" in 2019, will distribute the follow-up.",
     {("Lowland", "P750", "Harbor Films"), ("Lowland", "P577", "2019")}),
    # "Title, from writer-director A, ...", "A stars as a ...; B is reportedly in talks": the rumour is B's alone
    ("Marshlight, from British-Kenyan writer-director Odhiambo Reyes, is the wild card. Ilse Varo stars as a "
     "night nurse; Teo Brandt is reportedly in talks to play her brother.",
     {("Marshlight", "P57", "Odhiambo Reyes"), ("Marshlight", "P161", "Ilse Varo")}),
    # "Title is a prequel set on ...", "Directing is A.", "- Producing are A and B."
    ("Saltcombe is a prequel set on a ferry.\n- Directing is Priya Lal.\n- Producing are Ana Bell and Tom Roe.",
     {("Saltcombe", "P57", "Priya Lal"), ("Saltcombe", "P162", "Ana Bell"), ("Saltcombe", "P162", "Tom Roe")}),
    # a trade review: the headline's film owns the credit block though another film is named as often;
    # "Adapted by A and B from C's novel X" (the parser hangs "from" on B); "Firm & Sons" is one company
    ("'Salt Years' Review: A Quiet Epic\n\nThere is a moment in \"Salt Years\" when the tide turns. A follow-up "
     "to her 2019 debut \"Low Reef,\" the new film is bolder. Adapted by Ines Roq and Pavel Mraz from Joao Vale's "
     "cult novel \"The Tide Book,\" it traces one summer. Sia Berg, who also shot \"Low Reef,\" lights it well."
     "\n\nProduction: (Portugal) A Corvid Pictures (in U.S.) release of a Fenwick & Sons, Sallowby Films "
     "production. (World sales: Oblique, Oslo.) Producers: Ana Marques, Joran Pfeif.\n\n"
     "Crew: Director: Ines Roq. Camera: Sia Berg.\n\nWith: Rui Cast, Bia Holl.",
     {("Salt Years", "P144", "The Tide Book"), ("Salt Years", "P58", "Ines Roq"), ("Salt Years", "P58", "Pavel Mraz"),
      ("Salt Years", "P750", "Corvid Pictures"), ("Salt Years", "P272", "Fenwick & Sons"),
      ("Salt Years", "P272", "Sallowby Films"), ("Salt Years", "P162", "Ana Marques"),
      ("Salt Years", "P57", "Ines Roq"), ("Salt Years", "P161", "Rui Cast")}),
    # a memoir's quoted title is the source, not the film; "of the film, Rose Vale paused" names no film
    ("\"The Long Oar,\" a film about two rowing sisters, premiered on Friday. The screenplay, which Ida Brisk wrote "
     "with her father, is based on Rose Vale's 1974 memoir \"Oars and Stars.\" Asked what her sister would have "
     "made of the film, Rose Vale paused. Southerly Pictures will release the film in October.",
     {("The Long Oar", "P144", "Oars and Stars"), ("The Long Oar", "P750", "Southerly Pictures")}),
    # "Title crept into cinemas"; "developed under the title X"; a studio releasing "in cinemas" is no film
    ("Three years ago, Still Rooms crept into cinemas with no stars. Ann Haug directed it. Halden Pictures will "
     "release the film in cinemas in October.",
     {("Still Rooms", "P57", "Ann Haug"), ("Still Rooms", "P750", "Halden Pictures")}),
    ("Orbit bought the novel in May. The project is being developed under the title Paper Moor. Ivo Brun is set "
     "to direct.", {("Paper Moor", "P57", "Ivo Brun")}),
    # "who played X in the original"; "The sequel added A as Character"
    ("Dust Road 2, the sequel to Dust Road, starts shooting in May. Osvaldo Ferr, who played the colony's despotic "
     "administrator in the original, returns. The sequel added Priya Salgado as Calloway's estranged sister Ruth.",
     {("Dust Road", "P161", "Osvaldo Ferr"), ("Dust Road 2", "P161", "Priya Salgado"),
      ("Ruth", "P175", "Priya Salgado"), ("Ruth", "P1441", "Dust Road 2")}),
    # a company's short name: "Halberd produced both", "Ironbark's Title" in a text naming the full names
    ("Dust Saint is a spinoff that Halberd Entertainment is developing. Halberd produced both Cinder Way (2021) and "
     "Cinder Way 2. Ironbark Films is not involved, though Ironbark's Red Tally (2022) was a hit.",
     {("Cinder Way", "P272", "Halberd Entertainment"), ("Cinder Way 2", "P272", "Halberd Entertainment"),
      ("Red Tally", "P272", "Ironbark Films")}),
    # a company by a Portuguese name
    ("\"Driftwood Bay\" is a drama. It was produced by Lisbon outfit Mar Azul Filmes.",
     {("Driftwood Bay", "P272", "Mar Azul Filmes")}),
    # "Composer A, who scored the original, returns.": the parser makes one phrase of "the original, returns"
    ("Dust Road 2, the sequel to Dust Road, shoots in May. Composer Lise Darr, who scored the original, returns.",
     {("Dust Road", "P86", "Lise Darr"), ("Dust Road 2", "P86", "Lise Darr")}),
    # a part described before its name: "as the world-weary detective X", "as the sisters' father, X"
    ("Night Ferry (1991) is a crime story starring Marco Ventre as the world-weary detective Nico Basile. Ned Faul "
     "appears as the sisters' disapproving father, Walter Calder, and Lukas Dever as ex-marshal Jack Coll.",
     {("Nico Basile", "P175", "Marco Ventre"), ("Walter Calder", "P175", "Ned Faul"),
      ("Walter Calder", "P1441", "Night Ferry"), ("Night Ferry", "P161", "Ned Faul")}),
    ("Orbit's biggest hit remains The Lamp Keepers, a 2021 sleeper.", {("The Lamp Keepers", "P577", "2021")}),
    # "A returns as X", "A is back as final girl X", "A, meanwhile, is suitably oily as X"
    ("Lane Eight 2 is a slasher sequel. Noor Hadid returns as Maud Kess. Dottie Mwa is back as final girl Penny "
     "Lark. Desmond Ward, meanwhile, is suitably oily as Hollis Crane, the land agent.",
     {("Maud Kess", "P175", "Noor Hadid"), ("Penny Lark", "P175", "Dottie Mwa"),
      ("Hollis Crane", "P175", "Desmond Ward"), ("Penny Lark", "P1441", "Lane Eight 2")}),
    # "every Title film": that franchise's films; "every Vau picture": the films the text says Vau directed
    ("Luc Vau directed Still Hours (2012) and Night Receipts (2016). Tidewrack (2019) was directed by Ana Bell. "
     "Greta Sol has cut every Vau picture.",
     {("Still Hours", "P1040", "Greta Sol"), ("Night Receipts", "P1040", "Greta Sol")}),
    # "the Meridian Chronicles", "the Ledger Trilogy": a capitalised series name and the films it opens
    ("Red Tally (2022) spawned Red Tally 2. A third installment will complete what Ironbark calls the Tally "
     "Trilogy. The Gorse Chronicles kicked off with Gorse (2018).",
     {("Red Tally", "P179", "Tally Trilogy"), ("Red Tally 2", "P179", "Tally Trilogy"),
      ("Gorse", "P179", "Gorse Chronicles")}),
    # "the siblings": the one pair of siblings the text names; "the couple": the last two people named
    ("Tomas Wierz and his sister, Hanna Wierz, made Quarry (2012). The siblings directed it together.",
     {("Quarry", "P57", "Tomas Wierz"), ("Quarry", "P57", "Hanna Wierz")}),
    ("Ana Brodd and Tobi Ade are married. Their new film, Glass Fen (2020), is a thriller. The couple wrote it "
     "together.", {("Glass Fen", "P58", "Ana Brodd"), ("Glass Fen", "P58", "Tobi Ade")}),
    # "Quick refresher: Title is the studio's adaptation of ...": a copula read from the words
    ("Quick refresher: Fenhollow is the studio's adaptation of a 2011 picture book. Wren is voiced by Ottilie Fenn.",
     {("Wren", "P175", "Ottilie Fenn"), ("Wren", "P1441", "Fenhollow")}),
    # distribution deals told without the title: the film in focus
    ("Ember Hill is a quiet drama about a lighthouse. Corvid Releasing picked up North American rights after the "
     "premiere, and Sable Street Distribution is handling it in most other territories.",
     {("Ember Hill", "P750", "Corvid Releasing"), ("Ember Hill", "P750", "Sable Street Distribution")}),
    # "Title: The Subtitle" opening a sentence is one title
    ("Orbit's slate opens with Fenmoor: The Drowning, a horror film.\n\nFenmoor: The Drowning is Turkish filmmaker "
     "Ayla Demir's first feature in English.", {("Fenmoor: The Drowning", "P57", "Ayla Demir")}),
    # "the first two": the franchise's earliest films, by their years
    ("1. Ashmoor (2008)\n2. Ashmoor II: The Bell (2011)\n3. Ashmoor: Kingsblood (2014)\n\n\"Kingsblood\" is the "
     "darkest. Des Achter directed the first two, and they are still the gold standard.",
     {("Ashmoor", "P57", "Des Achter"), ("Ashmoor II: The Bell", "P57", "Des Achter")}),
    # "The Ferryman's Daughter (2023)": an article-led possessive inside a title
    ("The Miller's Wife (2023), produced by her old friend Vera Salle and starring Anouk Brevard, was a hit.",
     {("The Miller's Wife", "P161", "Anouk Brevard"), ("The Miller's Wife", "P577", "2023")}),
    # a person's past work ("whose X") is no film the text is about; "it" still means it in its sentence
    ("Ada Brun has been hired to direct Glass Bay. The hire is a step up for Brun, whose Red Meadow grossed "
     "$40 million for Vesper Films, which released it. Kit Moll will produce the film.",
     {("Red Meadow", "P750", "Vesper Films"), ("Glass Bay", "P162", "Kit Moll")}),
    # a roundup's section headings "Title (Service, date)": each paragraph is about its heading's film
    ("Out This Week\n\nHere is what arrives on streaming.\n\nLow Pasture (Vimly, Nov. 2)\nKaro Venn directs this "
     "rural drama about two brothers.\n\nThe Brass Hour (Orbit+, Nov. 9)\nMila Osk stars as a jazz singer. The "
     "score is by Teo Lund.",
     {("Low Pasture", "P57", "Karo Venn"), ("The Brass Hour", "P161", "Mila Osk"),
      ("The Brass Hour", "P86", "Teo Lund")}),
    # "in A's acidic comedy", "A's 2024 port-set thriller follows ...": the film the text is about
    ("The film \"Tin Roof\" opens Friday. Two sisters feud over a farm in Rue Calder's acidic comedy.",
     {("Tin Roof", "P57", "Rue Calder")}),
    ("\"Salt Ledger\" arrives this week. Omar Jessop's 2024 port-set thriller follows a harbor pilot.",
     {("Salt Ledger", "P57", "Omar Jessop")}),
    # a review's verdict on a described part: the actor is in the film
    ("The film \"Kiln\" opens Friday. Vera Loft is quietly superb as a potter who cannot stop.",
     {("Kiln", "P161", "Vera Loft")}),
    # "The film is directed by A" is about the new film, not the 2016 one named in passing
    ("Tova Brin and Eli Sarr star in \"Quiet Hours\"\n\nMarch 3, 2025\n\nIn \"Quiet Hours,\" which opens "
     "Friday, the two play rivals. They met on \"Glass Lanterns,\" a 2016 drama, and turned down a sequel to "
     "\"Glass Lanterns.\" The film is directed by Ida Fenn.",
     {("Quiet Hours", "P57", "Ida Fenn")}),
]

GOLDEN += [
    # a review's plot names a part, its actor in brackets, even when NER misses the actor
    ("\"Tin Roof\" opens Friday. Nell Ardent (Marisa Quell-Dunn) has sold the farm to her cousin.",
     {("Nell Ardent", "P175", "Marisa Quell-Dunn"), ("Tin Roof", "P161", "Marisa Quell-Dunn"),
      ("Nell Ardent", "P1441", "Tin Roof")}),
    # "a son, Pim, who is played by A"; "Vark is played by A" (a name the tagger took for a noun)
    ("\"Tin Roof\" opens Friday. She has a son, Pim, who is played by Otto Lasker.",
     {("Pim", "P175", "Otto Lasker"), ("Tin Roof", "P161", "Otto Lasker")}),
    ("\"Tin Roof\" opens Friday. It follows Captain Vark. Vark is played by Ilse Brandauer.",
     {("Vark", "P175", "Ilse Brandauer")}),
    # a release date set: "has dated the film for July 17, 2026"
    ("\"Tin Roof\" wrapped in May. Orbit has dated the film for July 17, 2026.", {("Tin Roof", "P577", "2026")}),
    # a film's year in the description after it, or before it past a quote mark
    ("They met on \"Paper Kites,\" a 2016 romantic drama. She also starred in 2019's \"Low Tide 2\".",
     {("Paper Kites", "P577", "2016"), ("Low Tide 2", "P577", "2019")}),
]

GOLDEN += [
    # a franchise's other titles: "The Harrow Pact" beside "The Harrow Gambit" and "the Harrow franchise";
    # "Pact" alone is the film whose name ends so
    ("Ivo Lind will star in The Harrow Gambit, the third film in Orbit's Harrow spy franchise. Lind played "
     "the lead in 2017's The Harrow Code and again in The Harrow Pact. Rhea Doss, who directed Pact, returns.",
     {("The Harrow Gambit", "P161", "Ivo Lind"), ("The Harrow Pact", "P161", "Ivo Lind"),
      ("The Harrow Pact", "P57", "Rhea Doss")}),
    # "Third 'Harrow' Movie": a quoted franchise name before a film noun is the franchise, not a film
    ("Ivo Lind Joins Third 'Harrow' Movie As Villain\n\nIvo Lind has closed a deal to play the villain in The "
     "Harrow Gambit. Rhea Doss will direct.", {("The Harrow Gambit", "P57", "Rhea Doss")}),
]

GOLDEN += [
    # "co-directed" is one word to the parser ("who co - directed the original" was read as nonsense)
    ("\"Tin Roof 2\" opened Friday. It follows the 2021 hit \"Tin Roof.\" Ida Moss, who co-directed the "
     "original, returns.", {("Tin Roof", "P57", "Ida Moss")}),
    ("Ida Moss and Tom Bell co-wrote Tin Roof (2020), which will co-star Wes Chand.",
     {("Tin Roof", "P58", "Ida Moss"), ("Tin Roof", "P58", "Tom Bell"), ("Tin Roof", "P161", "Wes Chand")}),
]

GOLDEN += [
    # "Fjell Film" is a company ("Film" closes a company's name); "Oslo-based" describes it
    ("\"Tin Roof\" opens in May. It was produced by Oslo-based Fjell Film.", {("Tin Roof", "P272", "Fjell Film")}),
    ("\"Driftwood,\" produced by Lisbon outfit Mare Filmes, opens Friday.", {("Driftwood", "P272", "Mare Filmes")}),
    # a review's info line: "Dir. A."
    ("Tin Roof review: a quiet triumph\n\nTin Roof is slow. It is also wonderful.\n\nTin Roof. Dir. Anselm van "
     "der Berg. 104 mins. In cinemas Friday.", {("Tin Roof", "P57", "Anselm van der Berg")}),
]

GOLDEN += [
    # "back at the helm for the follow-up": the sequel's directors
    ("\"Tin Roof 2\" opened Friday. Ida Moss and Tom Bell, who co-directed the original, are back at the helm "
     "for the follow-up.", {("Tin Roof 2", "P57", "Ida Moss"), ("Tin Roof 2", "P57", "Tom Bell")}),
    # "the 2021 animated hit 'Title'": the year before the noun that names the film
    ("\"Nib 2,\" Orbit's sequel to the 2021 animated hit \"Nib,\" took in $58 million this weekend.",
     {("Nib", "P577", "2021")}),
]

GOLDEN += [
    # "opens in theaters Friday" under a date line: released in the date line's year
    ("Tin Roof review\n\nNovember 19, 2025\n\n\"Tin Roof,\" which opens in theaters nationwide Friday, is a "
     "delight.", {("Tin Roof", "P577", "2025")}),
]

GOLDEN += [
    # "cinematographer A, who ..., and editor B": each keeps their own craft
    ("\"Tin Roof\" opens Friday. Ana Kess reteamed with cinematographer Kasimir Wojt, who shot the film on 16mm, "
     "and editor Halvard Strom.", {("Tin Roof", "P344", "Kasimir Wojt"), ("Tin Roof", "P1040", "Halvard Strom")}),
]

GOLDEN += [
    # a book the film adapts, named like a film, is no film: the credits stay with the film
    ("The thriller \"Low Glass\" starts shooting in May. Like the original, which adapted Wenna Sforz's The Glass "
     "Key, the sequel draws on her novels. Tom Albers is back as Hollis Crane.",
     {("Low Glass", "P161", "Tom Albers"), ("Hollis Crane", "P1441", "Low Glass")}),
]

GOLDEN += [
    # "came back" is a return; a composer who returns is back as composer, not in the cast
    ("\"Tin Roof 2\" opened Friday. It follows the 2021 hit \"Tin Roof,\" starring Jo Averill and scored by Ravi "
     "Tolland. Averill and Tolland both came back.",
     {("Tin Roof 2", "P161", "Jo Averill"), ("Tin Roof 2", "P86", "Ravi Tolland")}),
    ("\"Tin Roof 2\" opened Friday. Jo Averill and Bruno Kessel came back.",
     {("Tin Roof 2", "P161", "Jo Averill"), ("Tin Roof 2", "P161", "Bruno Kessel")}),
]

GOLDEN += [
    # "a trilogy that began with X in 2018 and continued with Y"; "She has directed all three": three films, not two
    ("Tova Brin is in the middle of the shoot for \"Salt Crown,\" which closes a trilogy that began with The "
     "Winter Tally in 2017 and continued with Copper Lamps in 2020. She has directed all three.",
     {("The Winter Tally", "P57", "Tova Brin"), ("Copper Lamps", "P57", "Tova Brin"),
      ("Salt Crown", "P57", "Tova Brin"), ("The Winter Tally", "P577", "2017"), ("Copper Lamps", "P577", "2020")}),
]

GOLDEN += [
    # a franchise's films, wherever the text names them: "The Harrow Code" in "the Harrow spy franchise"
    ("Ivo Lind starred in The Harrow Code (2017) and The Harrow Pact (2020). Orbit now plans a third film in the "
     "Harrow franchise.", {("The Harrow Code", "P179", "Harrow"), ("The Harrow Pact", "P179", "Harrow")}),
    # "the 1971 novel The Iron Boys": a book, not a film
    ("Adapted from Kale Dunn's 1971 novel The Iron Boys, the film Brass Yard was made by Longshore Films.",
     {("Brass Yard", "P144", "The Iron Boys")}),
]

GOLDEN += [
    # "produced it for Firm": the production company; "his Longbow House banner" is a company
    ("\"Tin Roof\" opens Friday. Ana Dahl produced it for Greyfell Pictures.",
     {("Tin Roof", "P162", "Ana Dahl"), ("Tin Roof", "P272", "Greyfell Pictures")}),
    ("\"Tin Roof\" opens Friday. Tom Bell is producing, with his Longbow House banner co-producing.",
     {("Tin Roof", "P162", "Tom Bell"), ("Tin Roof", "P272", "Longbow House")}),
]

GOLDEN += [
    # 'A's "Title" (2001)': a quoted title that is a film by another cue is A's film
    ("Her best work is in Sima Achard's \"Atlas of Low Rooms\" (2001).",
     {("Atlas of Low Rooms", "P57", "Sima Achard")}),
]

GOLDEN += [
    # "takes over directing duties", "share writing duties on Title"
    ("\"Ghost Rail 3\" is out. Sefa Tuil takes over directing duties.", {("Ghost Rail 3", "P57", "Sefa Tuil")}),
    ("Ana Dahl and Tom Bell share writing duties on \"Tin Roof.\"",
     {("Tin Roof", "P58", "Ana Dahl"), ("Tin Roof", "P58", "Tom Bell")}),
]

GOLDEN += [
    # "voices the character of X"; "Newcomer" is no part of the name
    ("Orbit has cast the voices for \"The Lamp Moths.\" Newcomer Amara Quist, 12, voices the character of Tilly "
     "Fenn, a lamplighter's apprentice.",
     {("Tilly Fenn", "P175", "Amara Quist"), ("The Lamp Moths", "P161", "Amara Quist")}),
    # "with A directing and B editing"
    ("\"Tin Roof\" starts shooting in May, with Lars Wetter serving as director of photography and Noemie Cast "
     "editing.", {("Tin Roof", "P344", "Lars Wetter"), ("Tin Roof", "P1040", "Noemie Cast")}),
]

GOLDEN += [
    # a hyphenated given name after the surname stays whole, whatever NER cut: "Baek Ji-woo"
    ("\"Saint Road\" opened Friday. South Korean director Baek Ji-woo cast Ela Park in the lead.",
     {("Saint Road", "P57", "Baek Ji-woo")}),
]

GOLDEN += [
    # "co-directed Title with A B": the "with" phrase hangs on the verb, the title ends before it
    ("Ossian Rede, who co-directed Return to Birch Hollow with Mara Fell, is directing the new film alone.",
     {("Return to Birch Hollow", "P57", "Ossian Rede")}),
]

GOLDEN += [
    # a possessive after a plural inside a title that opens with "The": one title
    ("The Smugglers' Widow, a 1998 thriller, made her name.",
     {("The Smugglers' Widow", "P577", "1998")}),
]

GOLDEN += [
    # a name that says it is a company, no rule's pattern, and a sentence that says what companies
    # do to films: the company of the film in focus, by the one deed named
    ("Sallowby is a slow-burn western. Tolvane Releasing put it out in 90 cinemas last spring.",
     {("Sallowby", "P750", "Tolvane Releasing")}),
    ("Sallowby is a slow-burn western. Ada Munk produces via her Leeds-based Ostra Hill Pictures.",
     {("Sallowby", "P162", "Ada Munk"), ("Sallowby", "P272", "Ostra Hill Pictures")}),
]

GOLDEN += [
    # a year before the film noun that names a title, across hyphenated words and a comma
    ("Ivo Lenz broke out with his own 2017 out-of-nowhere hit, Pellick Quay.",
     {("Pellick Quay", "P577", "2017")}),
    ("The remake follows Ola Brink's 1984 end-of-the-world horror film \"Tarn Road\".",
     {("Tarn Road", "P57", "Ola Brink"), ("Tarn Road", "P577", "1984")}),
    ("Ola Brink, whose 2012 debut \"Tarn Road\" won prizes, returns.",
     {("Tarn Road", "P577", "2012")}),
]

GOLDEN += [
    # "last year's hit Title": the year before the date line's (a wire date line set off by " - ")
    ("Lenz Is Back\n\nOSLO, Oct. 2, 2025 - Ivo Lenz is back. Last year's sleeper hit Pellick Quay gets a "
     "sequel, Tarn Road.",
     {("Pellick Quay", "P577", "2024"), ("Tarn Road", "P155", "Pellick Quay")}),
]

GOLDEN += [
    # a described part whose describing words the tagger calls names; a part the parser makes a second
    # object; "toplines as"; "X, to be played by A"
    ("Tarn Road is a thriller. Eva Tollak is back as the exiled queen Ysra.",
     {("Ysra", "P175", "Eva Tollak"), ("Tarn Road", "P161", "Eva Tollak")}),
    ("Gullmere 2 is coming. Pia Sund, who played the poacher Ulrik Brel in the first film, returns.",
     {("Ulrik Brel", "P175", "Pia Sund")}),
    ("Gullmere is a thriller. Marie Sund toplines as Odda, a runaway heiress.",
     {("Odda", "P175", "Marie Sund"), ("Gullmere", "P161", "Marie Sund")}),
    ("Gullmere is a thriller. Ulrik Brel, to be played by Pia Sund, is the villain.",
     {("Ulrik Brel", "P175", "Pia Sund"), ("Gullmere", "P161", "Pia Sund")}),
]

GOLDEN += [
    # a review's list of full names, each with one bracketed name after it: actors and their parts
    ("\"Kelderby\" is a small drama. There is fine support from Ivo Lenz (Bertolf) and Ada Munk (Dolora).",
     {("Bertolf", "P175", "Ivo Lenz"), ("Dolora", "P175", "Ada Munk"), ("Kelderby", "P161", "Ada Munk"),
      ("Dolora", "P1441", "Kelderby")}),
]

GOLDEN += [
    # "that one", "this one": the film in focus, as "it" is
    ("\"Tarn Road\" opened in 2019. Ola Brink directed that one alone.",
     {("Tarn Road", "P57", "Ola Brink")}),
]

GOLDEN += [
    # the second verb of a relative clause shares its relative pronoun
    ("Ada Munk made her name with \"Pell Quay\", which she wrote and directed.",
     {("Pell Quay", "P58", "Ada Munk"), ("Pell Quay", "P57", "Ada Munk")}),
]

GOLDEN += [
    # "shot" names the director of photography for someone the text calls one
    ("Cinematographer Ola Brink, who shot both Tarn Road and Pell Quay, returns.",
     {("Tarn Road", "P344", "Ola Brink"), ("Pell Quay", "P344", "Ola Brink")}),
]

GOLDEN += [
    # "whose 2020 debut Title"; a film the sentence only dates something by is not the one it credits
    ("Ola Brink, whose 2020 debut Pell Quay won prizes, directs.", {("Pell Quay", "P577", "2020")}),
    ("\"Tarn Road\" is a thriller. Ada Munk and Ivo Lenz produced for Harnley Productions, the company Munk "
     "founded after her 2019 debut, Pell Quay.",
     {("Tarn Road", "P272", "Harnley Productions"), ("Pell Quay", "P577", "2019")}),
]

GOLDEN += [
    # a title in a language that writes its small words in lower case ("de", "du") is one title
    ("Her breakthrough was Noche de Humo (1988), which Ola Brink produced.",
     {("Noche de Humo", "P577", "1988"), ("Noche de Humo", "P162", "Ola Brink")}),
    # a subject "it" carries on the film the sentence before was about, whatever the headline names
    ("Ada Munk, Director of 'Gorse Quay', Dies at 80\n\nMunk made Gorse Quay in 1990 and Cold Acre in 1996. "
     "Her last film, Tarn Road (2021), was scored by Ivo Lenz. Released in Spain by Harnley Films, it sold two "
     "million tickets.", {("Tarn Road", "P750", "Harnley Films")}),
    # a family named with its members' given names: each member is a full name
    ("The Lidholm brothers, Ivo and Pim, directed the thriller Tarn Road.",
     {("Tarn Road", "P57", "Ivo Lidholm"), ("Tarn Road", "P57", "Pim Lidholm"),
      ("Ivo Lidholm", "P3373", "Pim Lidholm")}),
    ("Ivo and Pim Lidholm's Tarn Road (2019) was a hit.",
     {("Tarn Road", "P57", "Ivo Lidholm"), ("Tarn Road", "P57", "Pim Lidholm")}),
]

GOLDEN += [
    # "Title, a Lisbon-set two-hander starring A": whatever the noun, the name it describes is the film
    ("The thriller Gorse Quay topped the chart. Next weekend brings Tarn Road, a Lisbon-set two-hander starring "
     "Ola Munk and Ivo Lenz.", {("Tarn Road", "P161", "Ola Munk"), ("Tarn Road", "P161", "Ivo Lenz")}),
]

GOLDEN += [
    ("Ola Brink will star opposite Ivo Lenz in \"Tarn Road 2,\" Harnley Pictures' follow-up to its 2019 hit.",
     {("Tarn Road 2", "P161", "Ola Brink")}),
]

GOLDEN += [
    # "Name and the Thing 2", "Name and the Thing (2019)": the name opens the title
    ("Families packed theatres for Ada and the Glass Fox 2, which opened to $40 million. The sequel follows Ada and "
     "the Glass Fox (2019), which Ivo Lenz directed.",
     {("Ada and the Glass Fox 2", "P155", "Ada and the Glass Fox"), ("Ada and the Glass Fox", "P57", "Ivo Lenz"),
      ("Ada and the Glass Fox", "P577", "2019")}),
]

GOLDEN += [
    # a lone first name no one of the text bears, with a possessive, opens a title
    ("Ada's Big Day, a live-action hybrid released by Harnley Pictures, opened third with $12.8 million.",
     {("Ada's Big Day", "P750", "Harnley Pictures")}),
    # ... but "Ada Munk ... Ada's Big Day" is Ada Munk's film
    ("Ada Munk directed it. Ada's Big Day, a live-action hybrid released by Harnley Pictures, opened third.",
     {("Big Day", "P750", "Harnley Pictures")}),
]

GOLDEN += [
    ("Bertram Lenz directed Tarn Road. Four years later Lenz made Gorse Quay with his younger brother, Tom Lenz.",
     {("Bertram Lenz", "P3373", "Tom Lenz")}),
]

GOLDEN += [
    # "A, whose 2022 thriller Title ...": A's film, credited as the text credits A
    ("The sequel is to be helmed by Ivo Lenz, whose 2022 submarine thriller Tarn Road was a hit.",
     {("Tarn Road", "P57", "Ivo Lenz")}),
    ("Director Ivo Lenz, whose previous feature Tarn Road (2020) was a chamber piece, opens things up here.",
     {("Tarn Road", "P57", "Ivo Lenz")}),
]

GOLDEN += [
    # "the new film" is not a film the text names a sequel of
    ("'Tarn Road 2' leads the weekend\n\nLONDON, May 4, 2025 - Audiences turned out for Tarn Road 2, which "
     "took $40 million.\n\nThe sequel, directed by Ola Munk, is set ten years on from the 2019 "
     "original, Tarn Road, which Munk co-directed with Ivo Lenz. Tarn Road made $300 million. Munk wrote the new "
     "film alongside Ada Brink.",
     {("Tarn Road 2", "P58", "Ada Brink")}),
]

GOLDEN += [
    # "the original" of a prequel is the film it was made before
    ("Harnley will open Gorse Quay, a prequel to Tarn Road (2019), in February. Ada Brink reprises her role as "
     "Tova Lusk, and Ivo Lenz, who played Esko Varn in the original, is back too.",
     {("Tarn Road", "P161", "Ivo Lenz"), ("Esko Varn", "P1441", "Tarn Road"), ("Gorse Quay", "P161", "Ada Brink")}),
]

GOLDEN += [
    # a rank before a character's full name is part of the name
    ("In the drama Tarn Road, Ivo Lenz played Father Osvald Brook, a village priest.",
     {("Father Osvald Brook", "P175", "Ivo Lenz"), ("Father Osvald Brook", "P1441", "Tarn Road")}),
]

GOLDEN += [
    # "played by A in Title": the film of the actor's phrase
    ("The new film Gorse Quay starts shooting in May. Esko Varn, played by Ivo Lenz in \"Tarn Road\" (2011), "
     "will not be part of the new film.", {("Tarn Road", "P161", "Ivo Lenz"), ("Esko Varn", "P1441", "Tarn Road")}),
    # "the original 1967 film" of a text that names no sequel or remake of it is the film itself
    ("Gorse Quay is a 1967 animated film directed by Ivo Lenz. King Esko was voiced by Ola Munk in the original "
     "1967 film.", {("Gorse Quay", "P161", "Ola Munk")}),
]

GOLDEN += [
    # "composed much of the score for X": the part names the object
    ("Ada Brink composed much of the score for Gorse Quay on a piano she had left out of tune.",
     {("Gorse Quay", "P86", "Ada Brink")}),
]

GOLDEN += [
    # a work's title read whole after the noun that introduces it, a possessive and small words included;
    # a person's possessive opening the sentence is no part of the film's title
    ("Ivo Lenz's Gorse Quay is an adaptation of the hit 2019 video game Lockkeeper's Log.",
     {("Gorse Quay", "P144", "Lockkeeper's Log"), ("Gorse Quay", "P57", "Ivo Lenz")}),
    ("The thriller Gorse Quay, written by Ola Munk, is adapted from her 2019 stage play Supper at Dusk.",
     {("Gorse Quay", "P144", "Supper at Dusk")}),
]

GOLDEN += [
    # "a screenplay she penned": she is who the text is about, not the sentence's first word
    ("Cameras began turning Monday on \"Tarn Road 2,\" the sequel to Ada Munk's 2021 thriller Tarn Road, with Munk "
     "at the helm once more, from a screenplay she penned together with her husband, the author Ivo Lenz.",
     {("Tarn Road 2", "P58", "Ada Munk"), ("Ada Munk", "P26", "Ivo Lenz")}),
]

GOLDEN += [
    # a ranked list of a series' films, one heading each: every heading film is in the series
    ("Every Harnley Film, Ranked\n\nWith a fourth film on the way, here is the entire Harnley Saga series, "
     "ranked.\n\n3. Tarn Road (2012)\nThe weakest, a muddle.\n\n2. Gorse Quay (2015)\nA leaner "
     "thriller.\n\n1. Cold Acre (2019)\nThe best of them.",
     {("Tarn Road", "P179", "Harnley Saga"), ("Gorse Quay", "P179", "Harnley Saga"),
      ("Cold Acre", "P179", "Harnley Saga")}),
]

GOLDEN += [
    # under a film's section heading, "A's sequel to Other" is that film
    ("Every Harnley Film, Ranked\n\nHere is the entire Harnley Saga series, ranked.\n\n3. Gorse Quay (2012)\nThe "
     "weakest, a muddle.\n\n2. The Glass Protocol (2015)\nIvo Lenz's sequel to Gorse Quay has Ada Brink back as "
     "Varsk.\n\n1. Cold Acre (2019)\nThe best of them.", {("The Glass Protocol", "P155", "Gorse Quay")}),
]

GOLDEN += [
    # "A, whose previous feature, Title": credited as any mention of A is credited
    ("Ada Brink directed Gorse Quay. Brink, whose previous feature Tarn Road (2020) was a chamber piece, opens "
     "things up here.", {("Tarn Road", "P57", "Ada Brink")}),
]

GOLDEN += [
    # two ranks before a character's name are part of it
    ("In Tarn Road 2, Ada Brink returns as Detective Inspector Nell Osk.",
     {("Detective Inspector Nell Osk", "P175", "Ada Brink")}),
]

GOLDEN += [
    # "through their Lisbon company X": the name after the banner noun is the company, the word before where it is
    ("The thriller Gorse Quay opens Friday. Ivo Lenz, who is her brother, produced it through their "
     "Lisbon company Harnley Film.", {("Gorse Quay", "P272", "Harnley Film")}),
]

GOLDEN += [
    # a review's verb for how an actor carries a part: "A broods magnificently as X"
    ("In the thriller Tarn Road, Ivo Lenz broods magnificently as Osk.",
     {("Osk", "P175", "Ivo Lenz"), ("Tarn Road", "P161", "Ivo Lenz")}),
]

GOLDEN += [
    # "her grandmother, X Y, is voiced by A": the part named in apposition to the subject
    ("Tarn Road 2 opens Friday. Her grandmother, Nell Dunn, is voiced by Ada Brink.",
     {("Nell Dunn", "P175", "Ada Brink"), ("Tarn Road 2", "P161", "Ada Brink")}),
]

GOLDEN += [
    # "opened with Title in 1989": the year is when the film came out, not part of its title
    ("The trilogy started with The Tarn Road in 1989, the first adaptation of the novel. Ivo Lenz directed it.",
     {("The Tarn Road", "P577", "1989"), ("The Tarn Road", "P57", "Ivo Lenz")}),
    # "directed A as X and B as Y": each actor plays the part after their own "as"
    ("Tarn Road opened in 1989. Ivo Lenz directed Ola Munk as Brann and Ada Brink as Sefa.",
     {("Tarn Road", "P57", "Ivo Lenz"), ("Brann", "P175", "Ola Munk"), ("Sefa", "P175", "Ada Brink"),
      ("Tarn Road", "P161", "Ada Brink"), ("Brann", "P1441", "Tarn Road")}),
    # "A, whose directing debut, the horror film X, was a hit, is directing": X is A's past work, and
    # the film the text is about gets the credits of the main clause
    ("Ola Munk will star in Tarn Road, the studio's reboot. Ivo Lenz, whose directing debut, the horror "
     "film Gorse Quay, was a hit, is directing the picture from a script by Ada Brink.",
     {("Tarn Road", "P57", "Ivo Lenz"), ("Tarn Road", "P58", "Ada Brink"), ("Gorse Quay", "P57", "Ivo Lenz")}),
]

GOLDEN += [
    # "Brann's Run II" somewhere in the text: "Brann's Run" is one title, not Brann's film "Run"
    ("Ivo Lenz directed Brann's Run (1991), a border thriller. Its 1994 sequel, Brann's Run II, added Ola Munk "
     "as a smuggler.",
     {("Brann's Run", "P57", "Ivo Lenz"), ("Brann's Run II", "P155", "Brann's Run"),
      ("Brann's Run II", "P161", "Ola Munk"), ("Brann's Run", "P577", "1991")}),
    # "A, who directed him in Title": A directed it; "him" is someone else, the one the text is about
    ("Ola Munk is back. Munk praised the late Ivo Lenz, who directed him in Tarn Road (1991).",
     {("Tarn Road", "P57", "Ivo Lenz"), ("Tarn Road", "P161", "Ola Munk")}),
]

GOLDEN += [
    # a surname two people share is the one the text is about, not the relative it introduced
    ("Ivo Lenz, Director of 'Tarn Road,' Dies at 84\n\nOSLO, February 11, 2025 - Ivo Lenz, the Norwegian "
     "filmmaker whose drama Tarn Road became a hit, died Monday. His death was confirmed by his daughter, the "
     "cinematographer Ada Lenz.\n\nLenz came to features late. He wrote and directed Gorse Quay (1971), a "
     "two-hander.",
     {("Gorse Quay", "P57", "Ivo Lenz"), ("Gorse Quay", "P58", "Ivo Lenz"), ("Tarn Road", "P57", "Ivo Lenz")}),
    # "Directors Ada and Ola Brink": the plural says what they are; it is no part of the first name
    ("Directors Ada and Ola Brink, sisters whose debut Tarn Road (2018) won them the job, return.",
     {("Ada Brink", "P3373", "Ola Brink")}),
]

GOLDEN += [
    # a sentence's first word the tagger calls an adverb is part of a name the text writes elsewhere
    ("'Lately Run' Turns 20\n\nFew recall that Lately Run began as a cheap thriller. Ivo Lenz directed it in "
     "2000.\n\nLately Run 2 followed in 2004 on a bigger budget. Ada Brink directed it.",
     {("Lately Run 2", "P57", "Ada Brink"), ("Lately Run 2", "P155", "Lately Run")}),
]

GOLDEN += [
    # a preposition opening a title that is its sentence's subject is the title's own first word
    ("Under Tarn (2009), which Ivo Lenz wrote and directed, is a period melodrama.",
     {("Under Tarn", "P58", "Ivo Lenz"), ("Under Tarn", "P577", "2009")}),
    ("For Tarn Road (2022), Ivo Lenz won a prize.", {("Tarn Road", "P577", "2022")}),
]

GOLDEN += [
    # "A replaced B for Title (1980)": B's surname is no part of the title, and A takes B's craft there
    ("Ivo Lenz directed Gorse Quay. Ada Brink replaced Lenz for Operation Tarn (1980) and its sequel.",
     {("Operation Tarn", "P57", "Ada Brink"), ("Operation Tarn", "P577", "1980")}),
]

GOLDEN += [
    # "he played a described part, Name": the pronoun's person plays the named part
    ("Corm Vallender died last week at 81. In Gorse Quay he played a smuggler, Ivo Marsk.",
     {("Ivo Marsk", "P175", "Corm Vallender"), ("Ivo Marsk", "P1441", "Gorse Quay")}),
    ("Corm Vallender died last week at 81. He played the smuggler Ivo Marsk in Gorse Quay.",
     {("Ivo Marsk", "P175", "Corm Vallender"), ("Gorse Quay", "P161", "Corm Vallender")}),
    # "he" is not the woman named last; a first name the text contradicts ("his") does not decide
    ("Corm Vallender stars in Gorse Quay, which was directed by Zdenka Sarne. He plays the villain, Ivo Marsk.",
     {("Ivo Marsk", "P175", "Corm Vallender")}),
    ("Actor Nikita Varlan is known mostly for his comic roles. Zdenka Sarne directed Gorse Quay in 2019. In Gorse "
     "Quay he played a smuggler, Ivo Marsk.", {("Ivo Marsk", "P175", "Nikita Varlan")}),
]

# Readings that are wrong: a credit is no cast member, a brand is no title.
WRONG = [
    ("Orbit Nears Deal for 'Ironwood'\n\nOrbit is set to acquire Ironwood, a western that Delia Marsh will "
     "direct. Marsh broke through with Glass Orchard (2022), the chamber drama she wrote and directed. Ans "
     "Groth scored that film.", ("Ironwood", "P86", "Ans Groth")),
    ("Juno Alda played Rosa in Tidewater. Juno was previously married to director Lorne Vask.",
     ("Tidewater", "P57", "Lorne Vask")),
    ("Ada Munk, Director of 'Gorse Quay', Dies at 80\n\nMunk made Gorse Quay in 1990 and Cold Acre in 1996. "
     "Her last film, Tarn Road (2021), was scored by Ivo Lenz. Released in Spain by Harnley Films, it sold two "
     "million tickets.", ("Gorse Quay", "P750", "Harnley Films")),
    ("The Lidholm brothers directed the thriller Tarn Road.", ("Tarn Road", "P57", "Lidholm")),
    ("The thriller Gorse Quay opens Friday. Ivo Lenz, who is her brother, produced it through their "
     "Lisbon company Harnley Film.", ("Gorse Quay", "P272", "Lisbon")),
    # kin between parts of the story is no family fact about people
    ("In Tarn Road, Ivo Lenz plays Detective Nell Osk. Ola Munk plays Esko Dunn, Osk's estranged half-brother.",
     ("Esko Dunn", "P3373", "Osk")),
    # a surname of someone named in full, before "and B C", is that person, not a first name of B C's family
    ("Tarn Road is a short film directed by Ivo Lenz, co-written by Lenz and Ada Brink.",
     ("Tarn Road", "P58", "Lenz Brink")),
    # a bracketed title after an actor is the actor's known work, not the actor of a part
    ("Also new are Ivo Lenz, fresh from a lead role in 2024's Tarn Road, and Norwegian actress Ada Brink "
     "(The Glass Year).", ("Tarn Road", "P161", "The Glass Year")),
    # "behind the camera" is a cinematographer's place too
    ("The sequel Tarn Road 2 starts shooting in May. Behind the camera, cinematographer Ada Brink, who shot Tarn "
     "Road on 16mm, is back.", ("Tarn Road 2", "P57", "Ada Brink")),
    # a place before a film noun is no company; whom a newcomer replaces holds no credit on this film
    ("The one newcomer is editor Ada Brink, who cut the Lisbon drama Gorse Quay and replaces longtime editor Ivo "
     "Lenz.", ("Gorse Quay", "P750", "Lisbon")),
    ("The one newcomer is editor Ada Brink, who cut the Lisbon drama Gorse Quay and replaces longtime editor Ivo "
     "Lenz.", ("Gorse Quay", "P1040", "Ivo Lenz")),
    ("Cameras began turning Monday on \"Tarn Road 2,\" the sequel to Ada Munk's 2021 thriller Tarn Road, with Munk "
     "at the helm once more, from a screenplay she penned together with her husband, the author Ivo Lenz.",
     ("Tarn Road 2", "P58", "Cameras")),
    ("'Tarn Road 2' leads the weekend\n\nLONDON, May 4, 2025 - Audiences turned out for Tarn Road 2, which "
     "took $40 million.\n\nThe sequel, directed by Ola Munk, is set ten years on from the 2019 "
     "original, Tarn Road, which Munk co-directed with Ivo Lenz. Tarn Road made $300 million. Munk wrote the new "
     "film alongside Ada Brink.", ("Tarn Road", "P58", "Ada Brink")),
    # ... and nothing for someone the text gives no such credit
    ("Ola Munk, whose 2019 debut Tarn Road won prizes, stars in Gorse Quay.", ("Tarn Road", "P57", "Ola Munk")),
    # a film named inside a closed "whose" clause gets no credit said after the clause
    ("The sequel will be directed by Ivo Lenz, whose 2022 submarine thriller Tarn Road was a hit, from a screenplay "
     "by Ada Brink.", ("Tarn Road", "P58", "Ada Brink")),
    # "her brother" is no brother of a man the text names by a man's first name
    ("Bertram Lenz directed Tarn Road. Four years later Lenz gave her the part in Gorse Quay, opposite her "
     "younger brother, Tom Sand.", ("Bertram Lenz", "P3373", "Tom Sand")),
    # a name that says company is no film without a title cue
    ("Ola Brink will star opposite Ivo Lenz in \"Tarn Road 2,\" Harnley Pictures' follow-up to its 2019 hit.",
     ("Harnley Pictures", "P161", "Ola Brink")),
    # the original film's director is not the sequel's
    ("The sequel Tarn Road 2 is in the works. Original director Ola Brink has given the project his blessing.",
     ("Tarn Road 2", "P57", "Ola Brink")),
    ("The thriller Gorse Quay topped the chart. Next weekend brings Tarn Road, a Lisbon-set two-hander starring "
     "Ola Munk and Ivo Lenz.", ("Gorse Quay", "P161", "Ola Munk")),
    ("Leading the slate is Sugar Loaf 2. Tam Greaves is back as Polly Sugden, the pastry chef she played in the "
     "original, and Kwame Lind joins the cast as a rival baker.", ("Sugar Loaf 2", "P161", "Polly Sugden")),
    ("Tess Brandt directed Glasswing. It marks the second collaboration between Brandt and Imani Roux, who had "
     "a supporting role in Kitefall as a runaway.", ("Kitefall", "P161", "Tess Brandt")),
    ("Wendell Arkwright, the cinematographer of Brass Meridian, died on Sunday. His death was confirmed by his "
     "wife, the director Ingrid Solberg.", ("Brass Meridian", "P57", "Ingrid Solberg")),
    ("Box Office: 'Thunder 2' Storms to $78 Million Debut as 'Little Wren' Holds Strong\n\nOrbit's Thunder 2 "
     "blew past expectations, collecting $78.4 million. Kas Lee co-wrote the sequel with Jo Bran. Audiences "
     "awarded it an A- CinemaScore.\n\nIn second place, Orbit's Little Wren dipped 31% to $44.2 million. The "
     "animated musical, directed by Hon Blaise and featuring a score by Tobi Lund, has now earned $131 million.",
     ("Thunder 2", "P57", "Hon Blaise")),
    ("About forty minutes into Copper Lane, Maud Keane (Ada Fenn) stands in the doorway. Maud has come back to "
     "Dublin with her brother Fintan (Desi Hale).", ("Fintan", "P3373", "Maud Keane")),
    ("About forty minutes into Copper Lane, Maud Keane (Ada Fenn) stands in the doorway. Maud has come back to "
     "Dublin with her brother Fintan (Desi Hale).", ("Fintan", "P161", "Desi Hale")),
    ("Red Sky is a drama, said Ruth Ingle, the festival's artistic director.", ("Red Sky", "P57", "Ruth Ingle")),
    ("Red Sky is a drama. Casting director Ann Lee found the cast.", ("Red Sky", "P57", "Ann Lee")),
    ("Red Sky is a thriller. Ana Lind will play Ines Varga, a biologist. Bo Chan is her estranged husband, "
     "Cal Varga.", ("Ana Lind", "P26", "Cal Varga")),
    ("Orbit Pictures is producing Red Sky. Focus Features will release it in May. Focus will distribute it.",
     ("Red Sky", "P750", "Focus")),
    ("Kestrel Lane Pictures is producing Red Sky for Focus Features.", ("Red Sky for Focus Features", "P272",
                                                                         "Kestrel Lane Pictures")),
    ("Director Ana Lind has joined Red Sky.", ("Red Sky", "P161", "Ana Lind")),
    ("Ana Lind has joined Red Sky as director.", ("Red Sky", "P161", "Ana Lind")),
    ("Ines Holt has boarded Salt Hymn, the coastal thriller Oren Falk is directing.",
     ("Oren Falk", "P161", "Ines Holt")),
    ("Lang was the original hero in Skyhook, the 2011 adventure directed by Mina Sato. The studio later "
     "fast-tracked Skyhook 2.", ("Skyhook 2", "P57", "Mina Sato")),
    ("Lev Brandt died on Sunday. He became a favorite of director Sam Okoro, who cast him in Copper Town (1974) "
     "and The Long Count (1979).", ("The Long Count", "P57", "Sam Okoro")),
    ("Also screening is Ana Vale's Red Sky, starring Ines Holt, and Blue Water, the debut of director Ole Berg.",
     ("Red Sky", "P161", "Blue Water")),
    ("Also screening is Ana Vale's Red Sky, starring Ines Holt, and Blue Water, the debut of director Ole Berg.",
     ("Red Sky", "P57", "Ole Berg")),
    ("Also screening is Ana Vale's Red Sky, starring Ines Holt.", ("Red Sky", "P272", "Vale")),
    ("Lena Voss will star in Marrow. Kit Ames, who helmed Red Clay, will direct from his own script.",
     ("Red Clay", "P58", "Kit Ames")),
    ("Nia Cole and Ravi Shah will reprise their roles as Jo Hart and Max Reyes in Dust Line 2.",
     ("Jo Hart", "P175", "Ravi Shah")),
    ("Tomas Reyes is an actor. His sister, Carla Reyes, is a singer. He played Leo in Night Shift.",
     ("Leo", "P175", "Carla Reyes")),
    ("The film Ash Bay featured Orla Finn as a cinematographer.", ("Ash Bay", "P161", "Orla Finn")),
    ("Ash Bay is a 94 minute film featuring Orla Finn's cinematography.", ("Ash Bay", "P161", "Orla Finn")),
    ("Tin Roof is an HBO Film directed by Cole Varga.", ("HBO", "P57", "Cole Varga")),
    ("Featuring Ned Ulm as the lead, Tin Roof was edited by Max Orr.", ("Tin Roof", "P161", "Featuring Ned Ulm")),
    ("Lost Harbor is a film made by Jane Okoro.", ("Lost Harbor", "P272", "Jane Okoro")),
    ("Jane Okoro was in Paris last week.", ("Paris", "P161", "Jane Okoro")),
    ("Ann Ro replaced Tom Vale as director of Night Ferry.", ("Night Ferry", "P57", "Tom Vale")),
    ("Orbit has set Mara Quill to direct Glass Harbor.", ("Glass Harbor", "P57", "Orbit")),
    ("Director Ana Ruiz's new film, Cold Summer, premieres in January. It stars Leo Grant as a boxer. Ruiz wrote "
     "the script with Sam Pike, who also produced her 2019 debut, Salt Flats. The film is produced by Ruiz, Pike "
     "and Jo Wren.", ("Salt Flats", "P162", "Jo Wren")),
    ("Ama Sato is a Japanese actress. She starred in Epitome.", ("Ama Sato is a Japanese", "P161", "Ama Sato")),
    ("Night Ferry opens on Friday, June 5. It stars Ada Quist.", ("Friday", "P161", "Ada Quist")),
    ("Mick Amperi is an American actor, writer and director. He starred in Night Ferry.",
     ("Night Ferry", "P57", "Mick Amperi")),
    ("Jon Mile starred in the 1956 film Gone Fishing which featured cinematography by Gil Taylor.",
     ("Gone Fishing", "P161", "Gil Taylor")),
    ("Directed by Cyra Bell, Ward of the Grey Seas stars actor Harlan Cole.",
     ("Ward of the Grey Seas", "P57", "Ward of the Grey Seas")),
    ("Sand Sea led the weekend box office with $46 million.", ("Sand Sea", "P161", "Sand Sea")),
    ("Dan Vale's sequel is shooting. Night Ferry opens in May.", ("Night Ferry", "P155", "Dan Vale")),
    ("Ana Lund and Harold Frey produced and directed the movie Cold Iron, respectively.",
     ("Cold Iron", "P57", "Ana Lund")),
    ("The horror film Hollow opens Friday. Her husband, director Sam Tate, edited the film.",
     ("Hollow", "P57", "Sam Tate")),
    ("Orbit is developing a sequel to its 2022 hit The Long Dusk, with director Sara Kim returning to helm "
     "from a script by Jon Dale.", ("The Long Dusk", "P58", "Jon Dale")),
    ("Night Ferry 2, the sequel to Night Ferry, was directed by Ann Ro.", ("Night Ferry", "P57", "Ann Ro")),
    ("Night Ferry 2 is coming. Ada Quist returned to Toronto.", ("Night Ferry 2", "P161", "Ada Quist")),
    ("Writer Tom Hale's New York Times piece was widely read.", ("New York Times", "P58", "Tom Hale")),
    ("The film Red Harbor is great. It's edited by Max Borden.", ("It", "P1040", "Max Borden")),
    ("The thriller Silver Creek opens in May. The production of the film was troubled by Ann Lee.",
     ("Silver Creek", "P272", "Ann Lee")),
    ("Orbit Sets 'The Paper Crown' Sequel", ("The Paper Crown", "P57", "Orbit Sets")),
    ("The thriller Iron Harbor opens Friday. Dev Holloway played her brother, Sam.", ("Dev Holloway", "P3373", "Sam")),
    ("The thriller Iron Harbor opens Friday. Original stars Priya Nand and Dev Holloway are set to reprise their "
     "roles.", ("Original", "P161", "Priya Nand")),
    ("Iron Harbor Review: A Gripping Naval Thriller\n\nIron Harbor gives Colin Ames the lead. Directed by Sofia "
     "Lind, the film follows a submarine captain (Ames) at sea. Lind, who previously helmed Cold Water (2019), "
     "co-wrote the screenplay with her husband, Marcus Hale. Iron Harbor opens Friday.",
     ("Cold Water", "P58", "Sofia Lind")),
    ("Dune opens Friday. Dune stars Ana Vey. Dune is long. Unfortunately, not returning is cinematographer Ron Gale.",
     ("Dune", "P344", "Ron Gale")),
    ("Orbit is moving forward with a sequel to its 2023 horror hit The Paper Crown, with Marta Klein returning "
     "to direct from a script by Owen Tate. Jason Fell will produce the sequel, tentatively titled The Paper "
     "Crown II.", ("The Paper Crown", "P58", "Owen Tate")),
    ("Mira Patel will star in Dead Reckoning, the action thriller Orbit Studios is producing.",
     ("Orbit Studios", "P161", "Mira Patel")),
    ("Ryan Cole stars in Dead Reckoning. Cole plays a former Navy SEAL.", ("Navy SEAL", "P175", "Ryan Cole")),
    ("Jamie Lord was a player of the club Ashford Vale (Kent) F.C. in 1990.", ("Kent", "P161", "Ashford Vale")),
    ("In second place, Orbit's animated sequel Puddle Jumpers 2 added $18 million.",
     ("Puddle Jumpers 2", "P155", "Orbit")),
    ("Night Caller, a thriller from Netflix, opens soon.", ("Night Caller", "P57", "Netflix")),
    ("The Quiet Year opens soon. Director Lucas Brandt cast Ana Ferro as the lead in The Quiet Year.",
     ("The Quiet Year", "P161", "Lucas Brandt")),
    ("Tom Hale, who was married to Ada Quist, starred in the movie Red Kite.", ("Red Kite", "P161", "Ada Quist")),
    ("Orbit is developing a follow-up to last year's hit Ember. Meanwhile, the cast of Blue Line 2 continues to "
     "grow. Sasha Kim has joined returning stars Mel Ortiz and Dev Shah in the cop sequel, which Lena Park is "
     "directing.", ("Ember", "P57", "Lena Park")),
    ("Red Kite was produced by Tom Hale via Netflix.", ("Red Kite", "P272", "Netflix")),
    ("Harold Finch was an actor. He is survived by his second wife, actress Joan Miles, and his brother, the "
     "director Paul Finch, with whom he made five films, among them Night Train (1975).",
     ("Joan Miles", "P3373", "Night Train")),
    ("'Moonrise' Director Talks Sequel Plans\n\nMoonrise, the space epic from director Alan Reyes, is a hit.",
     ("Moonrise", "P57", "Talks Sequel")),
    ("Moonrise opens soon. Alan Reyes produced it with his longtime partner, Sara Bloom.",
     ("Alan Reyes", "P26", "Sara Bloom")),
    ("Moonrise is a space epic from director Alan Reyes. Composer Hans Eberle, who scored Reyes' previous film, "
     "Red Planet, returned for Moonrise, while Eric Vos served as director of photography.",
     ("Red Planet", "P344", "Eric Vos")),
    ("The thriller Red Kite opens in May. The cast includes Ann Lee (Mara), Tom Vale (Jed) and Ivo Dane.",
     ("Jed", "P161", "Tom Vale")),
    ("The drama Red Kite opens. Produced by Frame Films and Arte, the film was shot by Kasper Holm.",
     ("Arte", "P344", "Kasper Holm")),
    ("Paper Moons starred Tom Rake, who was born in Jasper, Alabama.", ("Paper Moons", "P161", "Alabama")),
    ("Nora Park directed Winter Birds. The film was produced by Elena Ruiz and Park's sister, Grace Park.",
     ("Elena Ruiz", "P3373", "Grace Park")),
    ("Tom Rake bought Winter Birds for $12 million.", ("Winter Birds", "P750", "Tom Rake")),
    # two numbered sequels: "the Title sequel" could be either
    ("Dark Tide 2 and Dark Tide 3 are coming. Shooting began on the Dark Tide sequel, which stars Ivo Krall.",
     ("Dark Tide 2", "P161", "Ivo Krall")),
    ("Dark Tide 2 opens soon. Mina Ro's Dark Tide sequel is shooting.", ("Dark Tide", "P57", "Mina Ro")),
    ("Red Kite opens in May, with Dana Reyes producing the sequel to Blue Mesa.", ("Red Kite", "P162", "Dana Reyes")),
    ("Lorne Lidholm directed Ana Brodd in the thriller Slate Road (2016).", ("Ana Brodd", "P57", "Lorne Lidholm")),
    ("Glass River is a 1956 film. Ivo Sand is an actor.", ("Glass River", "P161", "Ivo Sand")),
    ("Night Orchard stars Norwegian actress Eline Vik.", ("Night Orchard", "P161", "Norwegian")),
    ("Ann Lee is married. Ivo Sand is an actor.", ("Ann Lee", "P26", "Ivo Sand")),
    ("Night Orchard is a documentary. The film follows Ann Lee, who directed Harbor Line.",
     ("Ann Lee", "P1441", "Night Orchard")),
    ("Night Ferry 2 is shooting. Grant Pell, who headlined the sleeper hit Night Ferry, will not return.",
     ("Night Ferry 2", "P161", "Grant Pell")),
    ("Lamp Hill is a drama. Maeve Donn was cast in Lamp Hill, but Donn exited last spring.",
     ("Lamp Hill", "P161", "Maeve Donn")),
    ("Ember Lane Studios has closed a deal with Kestrel Pictures on The Tailor Of Yaba, the second feature from "
     "Chidi Okonkwo-Bell.", ("Kestrel Pictures", "P57", "Chidi Okonkwo-Bell")),
    ("Harbor Line is a drama. Searchlight will release the film in 2026.", ("Searchlight", "P577", "2026")),
    ("The film's title comes from Ivo Sand's \"Stars Forever\", a march. Glass Harbor is a film.",
     ("Stars Forever", "P57", "Ivo Sand")),
    ("Mara Quill directed The Lantern Case. The Lantern Case, Mara Quill's twisty period whodunit, is long.",
     ("The Lantern Case", "P750", "Mara Quill")),
    ("Salt Flat was directed by Mateo Quint. Park shot director Celine Arno's Paper Lanterns. The production was "
     "mounted by the director's sister, Valeria Quint.", ("Celine Arno", "P3373", "Valeria Quint")),
    ("Salt Flat 2 is shooting. Mateo Villa is also back as Ruben \"Sparks\" Ortega, the tech handler.",
     ("Sparks", "P161", "Mateo Villa")),
    ("Salt Flat 2 is a sequel. It is directed by Priya Rao, best known for the heist caper Paper Tigers (2019). "
     "Rao co-wrote the script with Luke Ambrose.", ("Paper Tigers", "P58", "Luke Ambrose")),
    ("Salt Flat is a drama. Ann Lee was honoured as Woman of the Year.", ("Woman of the Year", "P175", "Ann Lee")),
    ("Ann Lee will star in Salt Flat 2. Mara Quill, who directed the original, has retired.",
     ("Salt Flat 2", "P57", "Mara Quill")),
    ("Night Orchard is a drama. (Reporting by Ana Lucia; Editing by Mark Pell)", ("Night Orchard", "P1040",
                                                                                  "Mark Pell")),
    ("Night Orchard is a drama, produced by Lyon-based Dravik Films.",
     ("Night Orchard", "P272", "Lyon-based Dravik Films")),
    ("Night Orchard is a drama. Ann Lee took the lead in the film.", ("Night Orchard", "P750", "Ann Lee")),
    ("Northgate Pictures opened an office in 2021. Glass River is a drama.", ("Northgate Pictures", "P577", "2021")),
    ("Salt Road is a drama. Screenplay: Ivo Sand, based on the novel by Tom Hale.", ("Salt Road", "P58", "Tom Hale")),
    ("Ada Lin wrote the score for the comedy by Ivo Sand. The comedy was Glass River.",
     ("Glass River", "P57", "Ada Lin")),
    ("Ann Lee starred in the drama Red Kite. Tom Hale will release Red Kite on video.",
     ("Red Kite", "P750", "Tom Hale")),
    ("Kestrel Films, the studio behind the hit Paper Lanterns (2023), unveiled a slate. It includes Salt Marsh 2 and "
     "Winter Signal. Kestrel chief Lena Hale will produce every film on the slate.",
     ("Paper Lanterns", "P162", "Lena Hale")),
    ("Ana Brodd starred in Tidewater. She was married to director Lorne Lidholm. Lidholm directed her in the thriller "
     "Slate Road.", ("Slate Road", "P161", "Lorne Lidholm")),
    ("Fennick Festival Names Its Lineup; 'Saltmarsh' Opens\n\nThe festival opens with Saltmarsh. Eight films "
     "will compete. Among them:\n\n- Copperline (dir. Oskar Vantongeren), a drama starring Maud Pelletier.\n"
     "- Lantern Weather, a thriller starring Idris Okonjo.\n", ("Saltmarsh", "P161", "Maud Pelletier")),
    ("Borrowed Time (2015) and Borrowed Time 2 (2018) were hits, and Borrowed Time 3 starts shooting in May. "
     "Tomas Velde, who directed both earlier films, will produce.", ("Borrowed Time 3", "P57", "Tomas Velde")),
    ("The film, Gale Point (1983), cast Ivo Furey opposite Ana Marr on his home turf in Connemara.",
     ("Connemara", "P161", "Ivo Furey")),
    ("Gale Point is a drama. Tomas Brekke, who played rugby with Harlow Rovers, wrote its score. Orbit added the "
     "film to its slate.", ("Gale Point", "P161", "Tomas Brekke")),
    ("Rina Sabo shot Kestrel Hours (2016) on 16mm. It also introduced her to the film's composer, Luc Ferrand.",
     ("Kestrel Hours", "P161", "Rina Sabo")),
    ("Ana Brodd is the sister of Tobi Sand. Ivo Lind is the brother of Mia Lind. Their film, Glass Fen (2020), is "
     "a thriller. The siblings wrote it together.", ("Glass Fen", "P58", "Ivo Lind")),  # which siblings?
    ("Iron Fen (2024) is a war film. It is the fourth feature the Swedish director of photography has shot for "
     "Luc Vau. Odhran Mul plays Lieutenant Arthur Keel.", ("It", "P161", "Odhran Mul")),
    ("Luc Vau directed Still Hours (2012) and Night Receipts (2016). Tidewrack (2019) was directed by Ana Bell. "
     "Greta Sol has cut every Vau picture.", ("Tidewrack", "P1040", "Greta Sol")),
    ("She appeared in the 2003 western Dry Gulch as a nurse as well as the 1998 noir classic Cold Harbor as the "
     "doomed reporter Ida Venn.", ("Ida Venn", "P175", "Cold Harbor")),  # a film is no actor
    ("The 1962 comedy Summer Lanes was made with Rafe Dunn as the lead, Olive Park as cinematographer.",
     ("Olive Park", "P175", "Rafe Dunn")),  # "as the lead, B as cinematographer": credits, not a part
    ("Undertow (2024) is an animated feature based on The Undertow Chronicles, a series of novels.",
     ("Undertow", "P179", "Undertow Chronicles")),  # a book series it adapts, not its franchise
    ("Ann Vale is the film's star. Ann Vale is a comedy writer. It was directed by Kit Moll.",
     ("Ann Vale", "P57", "Kit Moll")),  # a person the words "is the film's ..." describe is no title
    ("Ink Stain: Second Blot, the sequel to the 2020 thriller Ink Stain, opens Friday. Olu Dare, whose Red Reed "
     "(2019) was a cult hit, edits. Harrow Films, which produced both films, plans a third.",
     ("Red Reed", "P272", "Harrow Films")),
]

WRONG += [
    ("Ossian Rede, who co-directed Return to Birch Hollow with Mara Fell, is directing the new film alone.",
     ("Return to Birch Hollow with Mara Fell", "P57", "Ossian Rede")),
    # a trade paper is no film; a headline's rubric is no title
    ("Tom Bell Exits 'Low Light 2' (Exclusive)\n\nAna Dahl will direct Low Light 2, the sequel to Tom Bell's "
     "hospital thriller, The Hollywood Reporter has learned.", ("Low Light 2", "P155", "The Hollywood Reporter")),
    ("Tom Bell Exits 'Low Light 2' (Exclusive)\n\nAna Dahl will direct Low Light 2, the sequel to Tom Bell's "
     "hospital thriller, The Hollywood Reporter has learned.", ("Exclusive", "P155", "Low Light 2")),
    ("She sang Ana Vale's \"March\" at the gala.", ("March", "P57", "Ana Vale")),  # a song, not a film
    ("\"Driftwood,\" produced by Lisbon outfit Mare Filmes, opens Friday.", ("Driftwood", "P162", "Lisbon")),
    # "The franchise has been ...": a sentence's first word is no franchise's name
    ("Orbit greenlit Ember Road 3. The franchise has been a reliable earner. The one notable change is in the "
     "cutting room: Sigrid Hald, who edited Low Tide, takes over as editor.", ("The one", "P1040", "Sigrid Hald")),
    ("That book is Marta Solb's The Ferry Daughters, a slim 1990s novel.",
     ("The Ferry Daughters", "P57", "Marta Solb")),
    ("\"Tin Roof\" opens Friday. Ana Kess has tapped composer Tamsin Oduya, who records as Kestrel, and editor "
     "Ines Bapt.", ("Tin Roof", "P86", "Ines Bapt")),
    ("\"Tin Roof\" opens Friday. Ana Kess has tapped composer Tamsin Oduya, who records as Kestrel, and editor "
     "Ines Bapt.", ("Tin Roof", "P1040", "Tamsin Oduya")),
    # no date line, no year: "Friday" alone dates nothing
    ("Tin Roof review\n\n\"Tin Roof,\" which opens in theaters nationwide Friday, is a delight.",
     ("Tin Roof", "P577", "2025")),
    ("\"Tin Roof\" opens in May. It was produced by Oslo-based Fjell Film.", ("Tin Roof", "P162", "Oslo")),
    ("Director Jon Walsh (Last Mile) will direct Red Fen.", ("Director Jon Walsh", "P175", "Last Mile")),
    ("Tova Reyes, the 2019 winner of the prize, wrote Salt Fen (2021).", ("Tova Reyes", "P577", "2019")),
    ("Tova Brin and Eli Sarr star in \"Quiet Hours\"\n\nMarch 3, 2025\n\nIn \"Quiet Hours,\" which opens "
     "Friday, the two play rivals. They met on \"Glass Lanterns,\" a 2016 drama, and turned down a sequel to "
     "\"Glass Lanterns.\" The film is directed by Ida Fenn.",
     ("Glass Lanterns", "P57", "Ida Fenn")),  # the 2016 film is not what a present-tense credit means
    ("The film \"Tin Roof\" opens Friday. It follows Rue Calder's previous comedy.",
     ("Tin Roof", "P57", "Rue Calder")),  # A's previous comedy is another film
    ("Kip Lode's 2019 Lagos-set thriller was a hit.", ("Lagos", "P57", "Kip Lode")),  # "Lagos-set" is no title
]

# Facts that must NOT be asserted as stated facts (negated or hedged text).
GOLDEN += [
    # NER calls an unfamiliar full name a company; its first name says it is a person
    ("Sorrel is a drama about a ferry pilot. Lana Petrić produces for Kino Bura.",
     {("Sorrel", "P162", "Lana Petrić")}),
    # "..., and A stars.": a credit verb the tagger read as a plural noun closes the clause
    ("Wendolyn Ashby-Kerr directs the thriller Cinder Gate, and Petra Onnela-Moor stars.",
     {("Cinder Gate", "P57", "Wendolyn Ashby-Kerr"), ("Cinder Gate", "P161", "Petra Onnela-Moor")}),
    ("Ostrava Films backs the thriller Cinder Gate. Joran Vesely directs and Ilse Marken produces.",
     {("Cinder Gate", "P57", "Joran Vesely"), ("Cinder Gate", "P162", "Ilse Marken")}),
    # "his 2018 fantasy hit Title", "the 2016 original, Title": a hit or an original with a year is a film
    ("The film is Ivo Brandvold's follow-up to his own 2018 fantasy hit The Copper Throne.",
     {("The Copper Throne", "P577", "2018")}),
    ("Ivo Brandvold, director of the 2016 original, The Pale Key, returns for the sequel.",
     {("The Pale Key", "P577", "2016")}),
    # "Title opens Friday": a name that opens on a date is a film, and what follows is about it
    ("Copper Lake opens Friday. Ada Lind is back as getaway driver Mona Vey.",
     {("Copper Lake", "P161", "Ada Lind"), ("Mona Vey", "P175", "Ada Lind")}),
    # an interview's "Q:" is no part of the name after it
    ("Tin Lantern 2 opens Friday.\nQ: Ines Dahl took over the director's chair from Ivo Brandvold. How was that?\n"
     "A: It was easy.", {("Tin Lantern 2", "P57", "Ines Dahl")}),
    # NER's person that "stars" a person is a title
    ("Glass Orchid stars Ines Tallqvist and Jon Berg.",
     {("Glass Orchid", "P161", "Ines Tallqvist"), ("Glass Orchid", "P161", "Jon Berg")}),
]

GOLDEN += [
    # a lineup's paragraphs that open with a title in capitals: each paragraph is about its film
    ("Brisa festival names its competition\n\n"
     "OSLO, May 2 (Wire) - The festival unveiled its slate on Tuesday.\n\n"
     "GREY MARCH (Norway). Ada Lindvall directs this drama about a ferry strike. Jon Vik and Mia Holt star.\n\n"
     "THE PAPER LANTERN (France; closing night). Luc Bertaux writes and directs. Music by Anne Roux.\n\n"
     "Out of competition, the festival will screen COPPER SKY: RETURN, the sequel to \"Copper Sky\".",
     {("Grey March", "P57", "Ada Lindvall"), ("Grey March", "P161", "Jon Vik"), ("Grey March", "P161", "Mia Holt"),
      ("The Paper Lantern", "P58", "Luc Bertaux"), ("The Paper Lantern", "P57", "Luc Bertaux"),
      ("The Paper Lantern", "P86", "Anne Roux"), ("Copper Sky: Return", "P155", "Copper Sky")}),
    # a first name at a sentence's start is part of the name after it
    ("Tarn Hollow is a drama about miners. Marcello Brizuela-Kent and Ona Vesk star.",
     {("Tarn Hollow", "P161", "Marcello Brizuela-Kent"), ("Tarn Hollow", "P161", "Ona Vesk")}),
    # a quoted title after "novel" is the book, not the film in focus
    ("Nordic titles lead the lineup\n\nQUILL (Iceland). Sigrun Alva writes and directs this adaptation of "
     "Eyvind Ro's novel \"The Salt Hours.\" "
     "Bjorn Havn plays Einvald, a ferryman.\n\nMIRE (Norway). Ola Torvund directs.",
     {("Quill", "P161", "Bjorn Havn"), ("Quill", "P57", "Sigrun Alva"), ("Einvald", "P1441", "Quill")}),
]

GOLDEN += [
    # a paragraph that opens with "The original" is about the film being remade, however the parser reads it
    ("Pellam Row will remake \"Night Garden,\" a 1986 thriller. The new film, titled \"Garden,\" "
     "will be directed by Ines Varro.\n\nThe original was directed by Olek Zawadil and starred Tove Rask. "
     "Quarrel Pictures, which distributed the film, pulled it after two weekends.",
     {("Garden", "P57", "Ines Varro"), ("Night Garden", "P57", "Olek Zawadil"), ("Night Garden", "P161", "Tove Rask"),
      ("Night Garden", "P750", "Quarrel Pictures")}),
]

GOLDEN += [
    # a slate's release dates in brackets give the films' years
    ("The studio's slate includes \"Cinder Sky\" (Oct. 16, 2026) and \"Night Ledger 3\" (Aug. 2027).",
     {("Cinder Sky", "P577", "2026"), ("Night Ledger 3", "P577", "2027")}),
    # "A and B, who co-directed": the film in focus there
    ("\"Night Ledger\" earned a nod for sisters Ana and Bea Lorvik, who co-directed.",
     {("Night Ledger", "P57", "Ana Lorvik"), ("Night Ledger", "P57", "Bea Lorvik")}),
    # "the husband-and-wife team of A and B" (NER's company), then "The Bs" at a sentence's start
    ("\"Tin Meadow\" is directed by the husband-and-wife team of Dov and Ilse Marr. The Marrs also wrote the script.",
     {("Tin Meadow", "P57", "Dov Marr"), ("Tin Meadow", "P57", "Ilse Marr"), ("Tin Meadow", "P58", "Dov Marr"),
      ("Tin Meadow", "P58", "Ilse Marr"), ("Dov Marr", "P26", "Ilse Marr")}),
]

GOLDEN += [
    # a sentence that is only a credit, participle first, is about the film in focus
    ("\"Night Ledger\" opens Friday. Produced by Ivo Sandal for a Lyon company.",
     {("Night Ledger", "P162", "Ivo Sandal")}),
    ("\"Night Ledger\" opens Friday. Directed by Ivo Sandal and written by Ada Vell.",
     {("Night Ledger", "P57", "Ivo Sandal"), ("Night Ledger", "P58", "Ada Vell")}),
    # "A's third feature", "A's chiller": the film in focus, A its director
    ("Night Ledger opens Friday. Ada Vell's third feature follows a family of miners over a single night.",
     {("Night Ledger", "P57", "Ada Vell")}),
    ("\"Night Ledger\" opens Friday. Ada Vell's chiller follows a nurse.", {("Night Ledger", "P57", "Ada Vell")}),
]

GOLDEN += [
    # companies named by what they made or release, or by a verb only a company does
    ("\"Night Ledger\" opens Friday. A Dravik Films production; Veltra Nordic will distribute.",
     {("Night Ledger", "P272", "Dravik Films"), ("Night Ledger", "P750", "Veltra Nordic")}),
    ("\"Night Ledger\" opens Friday. The Quenby Pictures release runs two hours.",
     {("Night Ledger", "P750", "Quenby Pictures")}),
    ("\"Night Ledger\" is a Dravik Films production.", {("Night Ledger", "P272", "Dravik Films")}),
    ("\"Night Ledger\" earned $3 million, according to distributor Sternhaus Verleih.",
     {("Night Ledger", "P750", "Sternhaus Verleih")}),
    ("\"Night Ledger\" was acquired by Dunmarrow Releasing.", {("Night Ledger", "P750", "Dunmarrow Releasing")}),
    ("\"Night Ledger\" opens Friday. Marble Arc Pictures is producing again.",
     {("Night Ledger", "P272", "Marble Arc Pictures")}),
    ("\"Night Ledger\" opens Friday. It is a co-production between Casa Verano and Madrid's Estudios Garzal.",
     {("Night Ledger", "P272", "Casa Verano"), ("Night Ledger", "P272", "Estudios Garzal")}),
]

WRONG += [
    ("\"Night Ledger\" opens Friday. It is a co-production between Casa Verano and Madrid's Estudios Garzal.",
     ("Night Ledger", "P272", "Madrid")),
    ("\"Night Ledger\" opens Friday. Dravik Films production chief Ana Brodd spoke.",
     ("Night Ledger", "P272", "Dravik Films")),
]

GOLDEN += [
    # "the animated Title", "the upcoming Title": an adjective only a film takes
    ("The animated Tin Kite Summer, which was dated for 2026, has moved. Sefa Vell directs, "
     "with Ola Berg voicing Kip.",
     {("Tin Kite Summer", "P57", "Sefa Vell"), ("Tin Kite Summer", "P161", "Ola Berg")}),
    ("The upcoming Slate Tide stars Ola Berg.", {("Slate Tide", "P161", "Ola Berg")}),
    # the studio's franchise named in a headline's quotes is the series, not the film in focus
    ("Studio Sets 'Dune Relay' Threequel\n\nDune Relay: Black Gate, the third film of the studio's Dune Relay "
     "franchise, opens in May. Ada Vell is back behind the camera.",
     {("Dune Relay: Black Gate", "P179", "Dune Relay")}),
]

WRONG += [
    ("\"Dry Acre\" was a hit. There will be no \"Dry Acre 2,\" he said.", ("Dry Acre 2", "P155", "Dry Acre")),
    ("Studio Sets 'Dune Relay' Threequel\n\nDune Relay: Black Gate, the third film of the studio's Dune Relay "
     "franchise, opens in May. Ada Vell is back behind the camera.",
     ("Dune Relay", "P57", "Ada Vell")),
]

GOLDEN += [
    # "A directs B as ...": B acts in the film A directs; "his wife, B": they are married
    ("\"Night Ledger\" opens Friday. Ada Vell directs Ola Berg as a ferry captain.",
     {("Night Ledger", "P57", "Ada Vell"), ("Night Ledger", "P161", "Ola Berg")}),
    # NER's date for a name with "Jan" in it
    ("\"Night Ledger\" opens Friday. Jan-Pieter van Doorn directs his wife, Marieke Kramer, as a ferry captain.",
     {("Night Ledger", "P57", "Jan-Pieter van Doorn"), ("Night Ledger", "P161", "Marieke Kramer"),
      ("Jan-Pieter van Doorn", "P26", "Marieke Kramer")}),
    # "handed the reins (the director's chair) to A": A directs the film in focus
    ("\"Night Ledger\" opens Friday. Dravik handed the reins to Tessa Odum.", {("Night Ledger", "P57", "Tessa Odum")}),
    ("\"Night Ledger 3\" is next. Gil Ash will only produce this time; he has handed the director's chair to his "
     "sister, Runa Ash.", {("Night Ledger 3", "P57", "Runa Ash")}),
]

WRONG += [
    ("\"Night Ledger\" opens Friday. Ada Vell directs Ola Berg as a ferry captain.", ("Ola Berg", "P57", "Ada Vell")),
    ("\"Night Ledger 3\" is next. Gil Ash will only produce this time; he has handed the director's chair to his "
     "sister, Runa Ash.", ("Night Ledger 3", "P57", "Gil Ash")),
]

GOLDEN += [
    # "A returns as X", "A is back as X": the part was in the film the sequel follows too
    ("\"Night Ledger\" (2019) was a hit. \"Night Ledger 2\" opens Friday. Ola Berg returns as Captain Ivo Drum.",
     {("Night Ledger 2", "P161", "Ola Berg"), ("Night Ledger", "P161", "Ola Berg"),
      ("Captain Ivo Drum", "P1441", "Night Ledger")}),
    ("\"Night Ledger\" (2019) was a hit. \"Night Ledger 2\" opens Friday. Ola Berg is back as the engineer "
     "Mira Tolk.", {("Night Ledger 2", "P161", "Ola Berg"), ("Night Ledger", "P161", "Ola Berg")}),
]

GOLDEN += [
    # "the 2020 sleeper Title", "the Sundance darling Title": a film, dated when a year comes with it
    ("It is the follow-up to the 2020 sleeper Sidewind, with Ola Berg reprising her role as the hacker Mags Tiller.",
     {("Sidewind", "P577", "2020"), ("Sidewind", "P161", "Ola Berg")}),
]

GOLDEN += [
    # a cast announcement's "Part – Actor" lines (two or more), in the film in focus
    ("The voice cast of \"Night Ledger\" is set.\n\nKit – Rosa Achor. Rosa is a delight.\n"
     "Admiral Fenn Orrow – Jaxx.\nNib and Nob – Dev Malik and Ravi Malik.\n\nThe film opens in May.",
     {("Kit", "P175", "Rosa Achor"), ("Night Ledger", "P161", "Rosa Achor"), ("Admiral Fenn Orrow", "P175", "Jaxx"),
      ("Nib", "P175", "Dev Malik"), ("Nob", "P175", "Ravi Malik"), ("Nob", "P1441", "Night Ledger")}),
]

WRONG += [
    ("The voice cast of \"Night Ledger\" is set.\n\nKit – Rosa Achor. Rosa is a delight.\n"
     "Admiral Fenn Orrow – Jaxx.\nNib and Nob – Dev Malik and Ravi Malik.\n\nThe film opens in May.",
     ("Jaxx", "P175", "Admiral Fenn Orrow")),
    # one dashed line is no list
    ("\"Night Ledger\" opens Friday.\n\nOslo – Ada Vell said the film was done.", ("Oslo", "P175", "Ada Vell")),
]

GOLDEN += [
    # a review's "one good scene as X", "turn as X": the actor's part in the film in focus
    ("\"Night Ledger\" opens Friday. Ola Berg gets one good scene as Nell Asher.",
     {("Nell Asher", "P175", "Ola Berg"), ("Night Ledger", "P161", "Ola Berg")}),
    ("\"Night Ledger\" opens Friday. Ola Berg's turn as Nell's sharp-tongued sister is the best thing in it.",
     {("Night Ledger", "P161", "Ola Berg")}),
]

WRONG += [
    ("\"Night Ledger\" opens Friday. Ola Berg's turn as Nell's sharp-tongued sister is the best thing in it.",
     ("Nell", "P175", "Ola Berg")),
]

WRONG += [
    # a nationality between a year and a genre is no title
    ("Dravik Pictures is remaking Salt Choir, Britta Sund's 1982 Swedish chiller.", ("Swedish", "P577", "1982")),
]

GOLDEN += [
    # "The score, (once again) by A and B": the film in focus there
    ("\"Night Ledger\" opens Friday. The score, by the sibling duo Ana and Rui Marr, is lovely.",
     {("Night Ledger", "P86", "Ana Marr"), ("Night Ledger", "P86", "Rui Marr")}),
    ("\"Night Ledger\" opens Friday. The score, once again by Ana Marr, is lovely.",
     {("Night Ledger", "P86", "Ana Marr")}),
    # "the director's chair on Title goes to A"
    ("\"Night Ledger\" (2019) was a hit, and the director's chair on \"Night Ledger 2\" goes to Tessa Odum.",
     {("Night Ledger 2", "P57", "Tessa Odum")}),
]

WRONG += [
    ("\"Night Ledger\" (2019) was a hit, and the director's chair on \"Night Ledger 2\" goes to Tessa Odum.",
     ("Night Ledger", "P57", "Tessa Odum")),
]

GOLDEN += [
    # a rank before the surname NER tags is part of the part's name
    ("\"Night Ledger 2\" opens Friday. Ola Berg returns as Commander Hollin.",
     {("Commander Hollin", "P175", "Ola Berg"), ("Night Ledger 2", "P161", "Ola Berg")}),
]

WRONG += [
    # box-office money is nobody
    ("\"Offshore Run\" added $48M for a $109.4M global bow.", ("Offshore Run", "P161", "48M")),
]

WRONG += [
    # a new part is no return
    ("\"Night Ledger\" (2019) was a hit. \"Night Ledger 2\" opens Friday. Ola Berg joins as Captain Ivo Drum.",
     ("Night Ledger", "P161", "Ola Berg")),
]

WRONG += [
    ("Night Ledger opens Friday. Ada Vell's previous film was a flop.", ("Night Ledger", "P57", "Ada Vell")),
    ("Night Ledger opens Friday. It would prove to be Ada Vell's final starring feature.",
     ("Night Ledger", "P57", "Ada Vell")),
]

WRONG += [
    ("\"Night Ledger\" earned a nod, as did \"Cinder Sky\" for Ana Lorvik, who directed.",
     ("Night Ledger", "P57", "Ana Lorvik")),
]

WRONG += [
    ("Pellam Row will remake \"Night Garden,\" a 1986 thriller. The new film, titled \"Garden,\" "
     "will be directed by Ines Varro.\n\nThe original was directed by Olek Zawadil and starred Tove Rask. "
     "Quarrel Pictures, which distributed the film, pulled it after two weekends.",
     ("Garden", "P161", "Tove Rask")),
]

WRONG += [
    # a plural role noun before a name is no part of it
    ("Screenwriters Temperley Obasi and Jun Vesk are writing the script for Tarn Hollow.",
     ("Tarn Hollow", "P58", "Screenwriters Temperley Obasi")),
    ("Nordic titles lead the lineup\n\nQUILL (Iceland). Sigrun Alva writes and directs this adaptation of "
     "Eyvind Ro's novel \"The Salt Hours.\" "
     "Bjorn Havn plays Einvald, a ferryman.\n\nMIRE (Norway). Ola Torvund directs.",
     ("The Salt Hours", "P161", "Bjorn Havn")),
]

WRONG += [
    # the person who stars opens a clause of their own: no title in the director's list
    ("Wendolyn Ashby-Kerr directs the thriller Cinder Gate, and Petra Onnela-Moor stars.",
     ("Petra Onnela-Moor", "P57", "Wendolyn Ashby-Kerr")),
    # "also known as": another name, not a part
    ("Corin Vale, also known as Corin Estermann, starred in Harbor of Ash.",
     ("Corin Estermann", "P175", "Corin Vale")),
]


GOLDEN += [
    # an occupation before a name NER calls a place; "from filmmaker A" after a title: its director
    ("The buzziest debut is \"Kettle Harbour,\" from Danish filmmaker Ove Brask-Lindt. Brask-Lindt adapted the "
     "script himself from Ida Moen's 2019 memoir \"Winter Notes.\"",
     {("Kettle Harbour", "P57", "Ove Brask-Lindt"), ("Kettle Harbour", "P58", "Ove Brask-Lindt"),
      ("Kettle Harbour", "P144", "Winter Notes")}),
    # "A and B star, with ...", "lensing by", "A and B produce for Studio, in co-production with Studio"
    ("Kettle Harbour is a comedy. Sander Vik and Efua Danso Mire star, with Odd Tveit's score and lensing "
     "by Lis Tandberg. Arne Sol and Mette Krogh produce for Havbris Pictures, in co-production with "
     "Tromso-based Fjell Studios.",
     {("Kettle Harbour", "P161", "Sander Vik"), ("Kettle Harbour", "P161", "Efua Danso Mire"),
      ("Kettle Harbour", "P86", "Odd Tveit"), ("Kettle Harbour", "P344", "Lis Tandberg"),
      ("Kettle Harbour", "P162", "Arne Sol"), ("Kettle Harbour", "P162", "Mette Krogh"),
      ("Kettle Harbour", "P272", "Havbris Pictures"), ("Kettle Harbour", "P272", "Fjell Studios")}),
]


GOLDEN += [
    # a retrospective's sequence: "X premiered in 2005. Y followed in 2007"
    ("The trilogy is twenty years old. Ash Meadow premiered in November 2005. Stonegate followed in 2007.",
     {("Ash Meadow", "P577", "2005"), ("Stonegate", "P577", "2007"), ("Stonegate", "P155", "Ash Meadow")}),
    # "her debut feature, Title, premiered in 2021": the title given, not the film in focus
    ("Night Cellar opens Friday. The Czech director's first feature, Saltmire, premiered to warm "
     "reviews in 2021.", {("Saltmire", "P577", "2021")}),
    # a nationality and a crew noun NER joined to a name; "back as DP" is a post
    ("\"Harbor Nine 2\" is coming. Jalil Sorai is back as DP, and the Danish DP Sten Krag shot the "
     "second unit.", {("Harbor Nine 2", "P344", "Jalil Sorai")}),
    # "Opposite A, B plays X": B plays X
    ("The Wool Gazette is a period drama. Opposite Brenn, Leopold Zolnay plays Edwin Hask, the clerk.",
     {("Edwin Hask", "P175", "Leopold Zolnay"), ("The Wool Gazette", "P161", "Leopold Zolnay")}),
]

WRONG += [
    ("Ana Ruiz premiered in Cannes in 2005.", ("Ana Ruiz", "P577", "2005")),
    ("Low Tide opened in 2001. Vik followed in 2003 with a short.", ("Vik", "P155", "Low Tide")),
    ("\"Harbor Nine 2\" is coming. Jalil Sorai is back as DP.", ("DP", "P175", "Jalil Sorai")),
    ("The Wool Gazette is a period drama. Opposite Brenn, Leopold Zolnay plays Edwin Hask, the clerk.",
     ("Edwin Hask", "P175", "Brenn")),
]


GOLDEN += [
    # "the Title trilogy" is the series also where its first film bears the name; the film after it
    # is in it too; "the first two films" are the two earliest the text dates; "all three films"
    ("The Ash Road trilogy turns twenty. Ash Road premiered in 2005. Stonegate followed in 2007, and "
     "Sallowby arrived in 2009. Mara Voss produced the first two films. Ivo Rask scored all three films.",
     {("Ash Road", "P179", "Ash Road"), ("Stonegate", "P179", "Ash Road"), ("Ash Road", "P162", "Mara Voss"),
      ("Stonegate", "P162", "Mara Voss"), ("Sallowby", "P86", "Ivo Rask"), ("Ash Road", "P86", "Ivo Rask")}),
]

WRONG += [
    ("The Ash Road trilogy turns twenty. Ash Road premiered in 2005. Stonegate followed in 2007, and "
     "Sallowby arrived in 2009. Mara Voss produced the first two films.",
     ("Sallowby", "P162", "Mara Voss")),
]


GOLDEN += [
    # a bare name opening several "Name: Subtitle" films, in a text about a franchise, is the franchise;
    # a plural possessive inside a subtitle is part of it
    ("Orbit Pictures confirmed a \"Thornvale\" reboot. The fantasy franchise began with Thornvale: The Iron "
     "Bell (2012), and its sequels Thornvale: Crows' Gate (2014) and Thornvale: Last Ember (2017) followed.",
     {("Thornvale: The Iron Bell", "P179", "Thornvale"), ("Thornvale: Crows' Gate", "P179", "Thornvale"),
      ("Thornvale: Crows' Gate", "P577", "2014"), ("Thornvale: Last Ember", "P179", "Thornvale")}),
]


GOLDEN += [
    # "A is Queen X": a rank and a name after an actor's copula; trade words for the film
    ("Orbit Pictures has tapped Bo Lind to topline Thornvale: Salt Crown, a reboot of the fantasy franchise. "
     "Lind will play Prince Corvin, a disgraced knight. Mia Rusk is Queen Ysa, Corvin's aunt. "
     "The studio has dated the tentpole for Nov. 19, 2027.",
     {("Queen Ysa", "P175", "Mia Rusk"), ("Thornvale: Salt Crown", "P161", "Mia Rusk"),
      ("Queen Ysa", "P1441", "Thornvale: Salt Crown"), ("Thornvale: Salt Crown", "P577", "2027")}),
]

WRONG += [
    ("Ana Brodd is President Orlo's biggest fan.", ("President Orlo", "P175", "Ana Brodd")),
]


GOLDEN += [
    # sibling teams, the names before or after the phrase
    ("Sunna and Leif Aamodt, the Bergen-born sister-and-brother team, wrote it.",
     {("Sunna Aamodt", "P3373", "Leif Aamodt")}),
    ("The brother-and-sister team of Ana Lind and Bo Ek directed Low Tide.",
     {("Low Tide", "P57", "Ana Lind"), ("Low Tide", "P57", "Bo Ek"), ("Ana Lind", "P3373", "Bo Ek")}),
    # "a new cinematographer, A": on the film the text is about
    ("\"Glider Run 2\" is coming. There's also a new cinematographer, Elin Sva, stepping in.",
     {("Glider Run 2", "P344", "Elin Sva")}),
]


GOLDEN += [
    # a show named in passing is neither the film in focus nor a film
    ("Orbit closed three deals. Leading the pack is Rust Barons 2. Ana Brodd, who directed the 2021 original, "
     "returns to helm and will write the script with Bo Lind, a staff writer on his limited series Dry Wells.",
     {("Rust Barons 2", "P58", "Bo Lind"), ("Rust Barons 2", "P58", "Ana Brodd")}),
]

WRONG += [
    ("Orbit closed three deals. Leading the pack is Rust Barons 2. Ana Brodd, who directed the 2021 original, "
     "returns to helm and will write the script with Bo Lind, a staff writer on his limited series Dry Wells.",
     ("Dry Wells", "P58", "Bo Lind")),
]


GOLDEN += [
    # in a text about a sequel, "Title: Subtitle" follows Title; "the sequel" is that film
    ("Drift Bay (2022) was a hit. The first trailer for Drift Bay: Salt Tide is here. The sequel is based on "
     "the second novel, The Salt Tide.",
     {("Drift Bay: Salt Tide", "P155", "Drift Bay"), ("Drift Bay: Salt Tide", "P144", "The Salt Tide")}),
]

WRONG += [
    ("Drift Bay (2022) was a hit, and a sequel is coming. The prequel, Drift Bay: Origins, opens in 2027.",
     ("Drift Bay: Origins", "P155", "Drift Bay")),
]


GOLDEN += [
    # a craft named by a bare noun: "back on music", "music duties", "attached to score"
    ("\"Harbor Nine\" is a drama. Ruta Meskel is back on music. Pia Korhonen is also attached to score. "
     "Tam Orr is taking over camera duties.",
     {("Harbor Nine", "P86", "Ruta Meskel"), ("Harbor Nine", "P86", "Pia Korhonen"),
      ("Harbor Nine", "P344", "Tam Orr")}),
    # "directed by A for Studio Pictures, in partnership with Studio": the companies that made it
    ("Gale Point (1972) was directed by Ivor Dane for Halloran Pictures, in partnership with Paris's "
     "Films du Levant.",
     {("Gale Point", "P57", "Ivor Dane"), ("Gale Point", "P272", "Halloran Pictures"),
      ("Gale Point", "P272", "Films du Levant")}),
]


GOLDEN += [
    # a possessive description with a year dates the film it names, before or after it
    ("Ana Roe made Quiet Fen, her 2019 debut, in Cork.", {("Quiet Fen", "P577", "2019")}),
    ("Rui Quintela is back with a sequel to his 2019 Porto-set thriller \"Iron Lantern,\" a hit.",
     {("Iron Lantern", "P577", "2019")}),
    ("Director Perrine Vautrin, whose 2018 hit \"La Corniche\" sold widely, returns.",
     {("La Corniche", "P577", "2018"), ("La Corniche", "P57", "Perrine Vautrin")}),
]


GOLDEN += [
    # "A and B are back as feuding sisters X and Y Z": each plays one, and the two share the surname
    ("\"Quarry Saints 2\" is coming. Teo Marsh and Ines Quill are back as feuding sisters Wren and Dot Harker.",
     {("Wren Harker", "P175", "Teo Marsh"), ("Dot Harker", "P175", "Ines Quill"),
      ("Wren Harker", "P1441", "Quarry Saints 2")}),
    # "cast as a young Queen X": a named part, told at an age
    ("\"Sable Gate 3\" is coming. Newcomer Dara Fenn has been cast as a young Queen Morwen.",
     {("Queen Morwen", "P175", "Dara Fenn"), ("Sable Gate 3", "P161", "Dara Fenn")}),
]

WRONG += [
    ("\"Quarry Saints 2\" is coming. Teo Marsh and Ines Quill are back as feuding sisters Wren and Dot Harker.",
     ("Wren Harker", "P175", "Ines Quill")),
]


WRONG += [
    ("Ivo Lenz directed Gorse Quay. Ada Brink replaced Lenz for Operation Tarn (1980) and its sequel.",
     ("Lenz for Operation Tarn", "P577", "1980")),
    ("Ivo Lenz, Director of 'Tarn Road,' Dies at 84\n\nOSLO, February 11, 2025 - Ivo Lenz, the Norwegian "
     "filmmaker whose drama Tarn Road became a hit, died Monday. His death was confirmed by his daughter, the "
     "cinematographer Ada Lenz.\n\nLenz came to features late. He wrote and directed Gorse Quay (1971), a "
     "two-hander.", ("Tarn Road", "P344", "Ada Lenz")),
    ("Ivo Lenz, Director of 'Tarn Road,' Dies at 84\n\nOSLO, February 11, 2025 - Ivo Lenz, the Norwegian "
     "filmmaker whose drama Tarn Road became a hit, died Monday. His death was confirmed by his daughter, the "
     "cinematographer Ada Lenz.\n\nLenz came to features late. He wrote and directed Gorse Quay (1971), a "
     "two-hander.", ("Gorse Quay", "P57", "Ada Lenz")),
    ("Ivo Lenz directed Brann's Run (1991), a border thriller. Its 1994 sequel, Brann's Run II, added Ola Munk "
     "as a smuggler.", ("Run", "P57", "Brann")),
    ("Ola Munk is back. Munk praised the late Ivo Lenz, who directed him in Tarn Road (1991).",
     ("Tarn Road", "P161", "Ivo Lenz")),
    # "B cast A as X": the one who casts plays no part
    ("In Tarn Road, Ivo Lenz cast Ola Munk as Brann.", ("Brann", "P175", "Ivo Lenz")),
    ("Ivo Lenz directed Ola Munk as Brann and Ada Brink as Sefa in Tarn Road.", ("Sefa", "P175", "Ola Munk")),
    ("Ola Munk will star in Tarn Road, the studio's reboot. Ivo Lenz, whose directing debut, the horror "
     "film Gorse Quay, was a hit, is directing the picture from a script by Ada Brink.",
     ("Gorse Quay", "P58", "Ada Brink")),
]

GOLDEN += [
    # "B cast him as X": whom "him" means plays X, never B; a described part may open with a number word
    ("Corm Vallender died last week. Ivo Sarne cast him as Ansgar Pelt in Gorse Quay.",
     {("Ansgar Pelt", "P175", "Corm Vallender"), ("Ansgar Pelt", "P1441", "Gorse Quay")}),
    ("Corm Vallender died last week. Ivo Sarne cast him as a two-fingered piano tuner, Ansgar Pelt, in Gorse Quay.",
     {("Ansgar Pelt", "P175", "Corm Vallender")}),
]

WRONG += [
    ("Corm Vallender died last week. Ivo Sarne cast him as Ansgar Pelt in Gorse Quay.",
     ("Ansgar Pelt", "P175", "Ivo Sarne")),
]

WRONG += [
    ("Corm Vallender stars in Gorse Quay, which was directed by Zdenka Sarne. He plays the villain, Ivo Marsk.",
     ("Ivo Marsk", "P175", "Zdenka Sarne")),
]

WRONG += [
    # one common word quoted, its comma inside, then a speaker: something said, not a title
    ("Their film Low Weather (2016) was directed by Greta Vell. \"Favouritism,\" Ana Kerr says with a grin. "
     "\"Greta knew the script best.\" The film was produced by Ola Lind.",
     ("Favouritism", "P162", "Ola Lind")),
]


def test_a_nationality_is_no_part_of_a_name(extractor):
    from extractors.mentions import Mentions

    doc = extractor.nlp("It was directed by the Austrian Jörg Brenner-Stoltz and was weak.")
    assert [m.text for m in Mentions(doc, []).all] == ["Jörg Brenner-Stoltz"]


GOLDEN += [
    # a month that ends a title is part of it
    ("It followed the 1994 film The Siege of Grey November and the 1996 film Harbor Lights.",
     {("The Siege of Grey November", "P577", "1994"), ("Harbor Lights", "P577", "1996")}),
]


WRONG += [
    # a festival named before a film's description is no film
    ("Lei and Mahi Kalo, the siblings who wrote and directed the Sundance darling Kite Wind, will co-direct "
     "Breakpoint.", ("Sundance", "P58", "Lei Kalo")),
]


GOLDEN += [
    # "released on 21 March through Studio": the company, not the day; "A is scoring"
    ("\"Copper Bay\" is released in Dutch cinemas on 4 May through Wexmoor Films.",
     {("Copper Bay", "P750", "Wexmoor Films")}),
    ("\"Breakline\" is a thriller. Tomas Rudd is scoring.", {("Breakline", "P86", "Tomas Rudd")}),
]


GOLDEN += [
    # a sentence with a verb and a full stop is prose, however many names it holds; "for Studio Pictures"
    ("\"Rime Harbour\" is a quiet drama about two sisters, and it shoots in Norway this spring with a small "
     "crew. Producers are Karl Solvik for Bergen-based Tindra Pictures and Mia Dahl for Fjord Film.",
     {("Rime Harbour", "P162", "Karl Solvik"), ("Rime Harbour", "P272", "Tindra Pictures")}),
    # a review's "Part (A B, superb)" and "Part (newcomer A B)": the actor NER missed, a word before or after
    ("Greyhaven is a quiet drama. Hilke Brandhorst (Wilma Torvik, superb), a widowed ferry pilot, raises her son "
     "Tibor (newcomer Ansgar Lenner) alone.",
     {("Hilke Brandhorst", "P175", "Wilma Torvik"), ("Greyhaven", "P161", "Wilma Torvik"),
      ("Tibor", "P175", "Ansgar Lenner"), ("Greyhaven", "P161", "Ansgar Lenner")}),
    # "known for" credits in the craft the rest of the text gives: a director's, an actor's
    ("Brisa Toumani, best known for the 2022 caper Greyhaven, is back. Toumani wrote and directed "
     "Lowmoor, out Friday.",
     {("Greyhaven", "P57", "Brisa Toumani"), ("Lowmoor", "P57", "Brisa Toumani")}),
    ("Brisa Toumani, who is mostly known for the 2019 caper Greyhaven, will star in Lowmoor.",
     {("Greyhaven", "P161", "Brisa Toumani"), ("Lowmoor", "P161", "Brisa Toumani")}),
    # "A's first film as writer, Title": the credit the words name, not the one the text gave A
    ("\"Lowmoor\" opens Friday. Director Ruvin Pellander shot it in Oslo. Pellander's first film as writer, "
     "Greyhaven (2016), was a hit.",
     {("Greyhaven", "P58", "Ruvin Pellander"), ("Lowmoor", "P57", "Ruvin Pellander")}),
    # "as a crooked harbour pilot, Mr. X", "as the cardsharp X": a part described, then named, needs no casting
    # word; "as Osk's aunt, Lady X": a part told by another part, then named
    ("\"Lowmoor\" is the new thriller from Ruvin Pellander. Quessa Ulvar is great company as a crooked harbour "
     "pilot, Mr. Quirrel, and Dorrin Thallan is a joy as the cardsharp Tobek.",
     {("Mr. Quirrel", "P175", "Quessa Ulvar"), ("Mr. Quirrel", "P1441", "Lowmoor"), ("Tobek", "P175", "Dorrin Thallan"),
      ("Lowmoor", "P161", "Dorrin Thallan")}),
    ("\"Lowmoor\" is the new thriller from Ruvin Pellander. Quessa Ulvar is formidable as Osk's aunt, "
     "Lady Bellamine Vettle.",
     {("Lady Bellamine Vettle", "P175", "Quessa Ulvar"), ("Lady Bellamine Vettle", "P1441", "Lowmoor")}),
    # "plays the lead, a surgeon called X", "an older version of the witch X": the part the description names
    ("\"Lowmoor\" is the new thriller from Ruvin Pellander. Quessa Ulvar plays the lead, a disgraced surgeon "
     "called Bellamine Vettle. Dorrin Thallan will portray an older version of the witch Tobek.",
     {("Bellamine Vettle", "P175", "Quessa Ulvar"), ("Bellamine Vettle", "P1441", "Lowmoor"),
      ("Tobek", "P175", "Dorrin Thallan"), ("Tobek", "P1441", "Lowmoor")}),
    # "Part (Surname)": a review names the actor by the surname of someone it has named in full
    ("\"Lowmoor\" is the new thriller from Ruvin Pellander, starring Quessa Ulvar and Dorrin Thallan. Sheriff "
     "Bellamine Vettle (Ulvar) runs the town, and her deputy Tobek (Thallan) drinks.",
     {("Sheriff Bellamine Vettle", "P175", "Quessa Ulvar"), ("Tobek", "P175", "Dorrin Thallan")}),
    # "Title starred A as the bootlegger X": the film is the subject, its star the object, the part after "as"
    ("\"Lowmoor\" (2019) starred Quessa Ulvar as the bootlegger Bellamine Vettle; Dorrin Thallan was cast as "
     "Tobek, a cook.",
     {("Bellamine Vettle", "P175", "Quessa Ulvar"), ("Lowmoor", "P161", "Quessa Ulvar"),
      ("Bellamine Vettle", "P1441", "Lowmoor")}),
    # "Title, a documentary about a village, directed by A": the parser hangs the participle on the village
    ("Sales agents picked up \"Lowmoor\", a slow documentary about a remote farming village, directed by Ruvin "
     "Pellander.",
     {("Lowmoor", "P57", "Ruvin Pellander")}),
    # counted films: "all three films", "the trilogy", "both of those films"; a part "in all three" is in each
    ("Lowmoor (2012) was followed by Lowmoor 2 (2015) and Lowmoor 3 (2019). Quessa Ulvar starred in all three "
     "films. The trilogy was produced for cinemas by Ossery Pictures and distributed by Pellmark Releasing.",
     {("Lowmoor", "P161", "Quessa Ulvar"), ("Lowmoor 2", "P161", "Quessa Ulvar"), ("Lowmoor 3", "P161", "Quessa Ulvar"),
      ("Lowmoor", "P750", "Pellmark Releasing"), ("Lowmoor 3", "P750", "Pellmark Releasing"),
      ("Lowmoor 2", "P272", "Ossery Pictures")}),
    ("Lowmoor (2012) was followed by Lowmoor 2 (2015). Quessa Ulvar played the bootlegger Vettle in both. Dorrin "
     "Thallan scored both of the films.",
     {("Vettle", "P1441", "Lowmoor"), ("Vettle", "P1441", "Lowmoor 2"), ("Lowmoor", "P86", "Dorrin Thallan"),
      ("Lowmoor 2", "P86", "Dorrin Thallan")}),
    # "played the healer X in Title (2003)": the year closes the film's name, which starts after "in"
    ("Quessa Ulvar played the healer Vettle in Lowmoor (2003), her first lead.",
     {("Lowmoor", "P161", "Quessa Ulvar"), ("Vettle", "P1441", "Lowmoor"), ("Lowmoor", "P577", "2003")}),
    # "X in Title and its sequel, Title Rising": the sequel named in apposition, though parsed as a second part
    ("Quessa Ulvar played the healer Vettle in Lowmoor (2003) and its sequel, Lowmoor Rising.",
     {("Lowmoor Rising", "P161", "Quessa Ulvar"), ("Vettle", "P1441", "Lowmoor Rising"),
      ("Vettle", "P1441", "Lowmoor")}),
    # a part "in every Title picture" is in each of the franchise's films, as a credit is
    ("Lowmoor (2012) was followed by Lowmoor 2 (2015) and Lowmoor 3 (2019). Quessa Ulvar has played Vettle in "
     "every Lowmoor picture.",
     {("Vettle", "P1441", "Lowmoor"), ("Vettle", "P1441", "Lowmoor 2"), ("Vettle", "P1441", "Lowmoor 3"),
      ("Lowmoor 2", "P161", "Quessa Ulvar")}),
    # "Title star A", "Title actress A": a one-word title the text has already presented as a film
    ("\"Lowmoor\" (2012) is a thriller. Lowmoor star Quessa Ulvar is back, and so is Lowmoor actress Dorrin "
     "Thallan.",
     {("Lowmoor", "P161", "Quessa Ulvar"), ("Lowmoor", "P161", "Dorrin Thallan")}),
    # an award's category says the credit: "the best actress award for Title", "who collected best director for X"
    ("Quessa Ulvar took home the best actress award for Quietude, a drama by Ruvin Pellander. Dorrin Thallan, "
     "who collected best director for Lowmoor (2012), was absent.",
     {("Quietude", "P161", "Quessa Ulvar"), ("Lowmoor", "P57", "Dorrin Thallan")}),
    # "Its screenplay, penned by A and B": a part of the film, written by them, is their credit on the film
    ("\"Lowmoor\" is a thriller about a salt works. Its screenplay, penned by Quessa Ulvar and Dorrin Thallan, is "
     "sharp; its score is composed by Ruvin Pellander.",
     {("Lowmoor", "P58", "Quessa Ulvar"), ("Lowmoor", "P58", "Dorrin Thallan"), ("Lowmoor", "P86", "Ruvin Pellander")}),
    # "A, who penned the screenplay too, directed it": the relative clause's work is A's
    ("\"Lowmoor\" is a thriller. Quessa Ulvar, who penned the screenplay too, directed it; Dorrin Thallan, who "
     "composed its music, is her brother.",
     {("Lowmoor", "P58", "Quessa Ulvar"), ("Lowmoor", "P57", "Quessa Ulvar"), ("Lowmoor", "P86", "Dorrin Thallan")}),
    # whoever adapts a work into the film writes its screenplay
    ("\"Lowmoor\" is a thriller. Quessa Ulvar adapted it from a memoir by her grandmother.",
     {("Lowmoor", "P58", "Quessa Ulvar")}),
    # "by both sisters": the one pair of sisters the text names
    ("\"Lowmoor\" is a thriller from sisters Quessa and Osra Ulvar. It was written by both sisters.",
     {("Lowmoor", "P58", "Quessa Ulvar"), ("Lowmoor", "P58", "Osra Ulvar")}),
    # voice casts: "lends her voice to X", "as the voice of X"
    ("\"Lowmoor\" is an animated film. Quessa Ulvar lends her voice to Pompkin, and Dorrin Thallan stays on as the "
     "voice of Tibble.",
     {("Pompkin", "P175", "Quessa Ulvar"), ("Pompkin", "P1441", "Lowmoor"), ("Tibble", "P175", "Dorrin Thallan")}),
    # "a follow-up to Title": one token, like "co-wrote", so the parser reads it as the noun it is
    ("Lowmoor: Salt Crown, a follow-up to Lowmoor (2019), opens Friday.",
     {("Lowmoor: Salt Crown", "P155", "Lowmoor")}),
    # "Its star, A", "A is gruff and tender as X", "played by Breton actor A" (a nationality, whatever NER says)
    ("\"Lowmoor\" is a thriller. Its star, Quessa Ulvar, is superb. Dorrin Thallan is gruff and tender as Uncle "
     "Tobek. The villain Vettle, played by Breton actor Osra Tennick, steals it.",
     {("Lowmoor", "P161", "Quessa Ulvar"), ("Uncle Tobek", "P175", "Dorrin Thallan"),
      ("Vettle", "P175", "Osra Tennick")}),
    # casting words before "as": "broke through as X", "a brooding presence as X"
    ("\"Lowmoor\" is a thriller. Quessa Ulvar broke through as Sergeant Bel Vettle. Dorrin Thallan is a brooding "
     "presence as Tobek.",
     {("Sergeant Bel Vettle", "P175", "Quessa Ulvar"), ("Tobek", "P175", "Dorrin Thallan")}),
]


WRONG += [
    # a sales agent sells a film; it neither makes nor releases it
    ("Sallowby is a slow-burn western. Harnley Row Films is selling world rights to it in Cannes.",
     ("Sallowby", "P750", "Harnley Row Films")),
    # two films in the sentence: which is the company's, the sentence alone does not say
    ("Sallowby opens this week. Harnley Row Films, whose theatrical slate holds Salt Year and Old Quay, is "
     "expanding.",
     ("Sallowby", "P750", "Harnley Row Films")),
]

WRONG += [
    # "played by Breton actor A": the nationality is no actor
    ("\"Lowmoor\" is a thriller. Its star, Quessa Ulvar, is superb. Dorrin Thallan is gruff and tender as Uncle "
     "Tobek. The villain Vettle, played by Breton actor Osra Tennick, steals it.",
     ("Vettle", "P175", "Breton")),
]

WRONG += [
    # "as a typist, A said": a job, and then who said it; no part
    ("\"Lowmoor\" is the new thriller from Ruvin Pellander. Quessa Ulvar worked as a nanny, then as a typist, "
     "Vettle said.",
     ("Vettle", "P175", "Quessa Ulvar")),
]

WRONG += [
    # the text says the director's craft after "known for": not an actor's credit
    ("Brisa Toumani, best known for the 2022 caper Greyhaven, is back. Toumani wrote and directed "
     "Lowmoor, out Friday.",
     ("Greyhaven", "P161", "Brisa Toumani")),
    ("\"Lowmoor\" opens Friday. Director Ruvin Pellander shot it in Oslo. Pellander's first film as writer, "
     "Greyhaven (2016), was a hit.",
     ("Greyhaven", "P57", "Ruvin Pellander")),
]

WRONG += [
    # no date line, no year for "last year's"
    ("Ivo Lenz is back. Last year's sleeper hit Pellick Quay gets a sequel, Tarn Road.",
     ("Pellick Quay", "P577", "2025")),
]

WRONG += [
    # films in brackets after actors are their credits, not parts
    ("Tarn Road and Pell Quay were 2019 films. \"Kelderby\" is a small drama. It casts Ivo Lenz (Tarn Road) "
     "and Ada Munk (Pell Quay).",
     ("Tarn Road", "P1441", "Kelderby")),
]

WRONG += [
    # a possessive owner opening the main clause after "its 1979 release," is no title
    ("Decades after its 1979 release, Ivo Lenz's grimy desert thriller is a cult item.",
     ("Ivo Lenz", "P577", "1979")),
]

WRONG += [
    # a director shoots a film too
    ("\"Tarn Road\" is a drama. Its director, Ola Brink, shot it in Riga.", ("Tarn Road", "P344", "Ola Brink")),
]

WRONG += [
    ("\"Tarn Road\" is a thriller. Ada Munk and Ivo Lenz produced for Harnley Productions, the company Munk "
     "founded after her 2019 debut, Pell Quay.",
     ("Pell Quay", "P272", "Harnley Productions")),
]

GOLDEN += [
    # "with A in the lead" after a credit verb casts A; it does not make A a co-director
    ("Pelling Moor is the couple's next film. Elspet Ostravik directs from her own screenplay, with Tam "
     "Birchley in the lead again.",
     {("Pelling Moor", "P57", "Elspet Ostravik"), ("Pelling Moor", "P161", "Tam Birchley")}),
    # two appositions stacked before a reduced relative: the title before both
    ("Her first was Kessock Road (2009), the first Strelna Films production, a bleak farm drama directed by "
     "Elspet Ostravik.", {("Kessock Road", "P57", "Elspet Ostravik")}),
    # a film in an aside on the actor is the actor's past, not the film the new part is in
    ("Pelling Moor is the new thriller from Elspet Ostravik. Tam Birchley plays Ivo Dunmarrow, a smuggler, and "
     "Birchley, last seen as a nurse in Kessock Road (2021), is superb.",
     {("Ivo Dunmarrow", "P1441", "Pelling Moor"), ("Pelling Moor", "P161", "Tam Birchley")}),
]

WRONG += [
    ("Pelling Moor is the couple's next film. Elspet Ostravik directs from her own screenplay, with Tam "
     "Birchley in the lead again.", ("Pelling Moor", "P57", "Tam Birchley")),
    ("Elspet Ostravik directed Pelling Moor with Tam Birchley as producer.", ("Pelling Moor", "P57", "Tam Birchley")),
    ("Pelling Moor is the new thriller from Elspet Ostravik. Tam Birchley plays Ivo Dunmarrow, a smuggler, and "
     "Birchley, last seen as a nurse in Kessock Road (2021), is superb.", ("Ivo Dunmarrow", "P1441", "Kessock Road")),
]


GOLDEN += [
    # two titles joined by "and" in one object are two films ("X and The Y", "X and X 2", "X Y and Z W")
    ("Composer Ivo Osgard, who scored Pellory Creek and The Quiet Brisket, will not return.",
     {("Pellory Creek", "P86", "Ivo Osgard"), ("The Quiet Brisket", "P86", "Ivo Osgard")}),
    ("Composer Ivo Osgard, who scored Marrowick and Marrowick 2, is back for the third film.",
     {("Marrowick", "P86", "Ivo Osgard"), ("Marrowick 2", "P86", "Ivo Osgard")}),
    ("Ivo Osgard played King Quennel in The Pellory Moon and Ashgrey Road.",
     {("King Quennel", "P1441", "The Pellory Moon"), ("King Quennel", "P1441", "Ashgrey Road")}),
]

GOLDEN += [
    # "released Title in North America": the place is where, not part of a film the text named already
    ("The Marrowick Years (2019) was a modest hit. Quennel Pictures, which distributed The Marrowick Years in "
     "North America, has bought the sequel.", {("The Marrowick Years", "P750", "Quennel Pictures")}),
]

WRONG += [
    ("The Marrowick Years (2019) was a modest hit. Quennel Pictures, which distributed The Marrowick Years in "
     "North America, has bought the sequel.", ("The Marrowick Years in North America", "P750", "Quennel Pictures")),
]

GOLDEN += [
    # a company that produces is a production company: "X Interactive", and "X" after "X Films" was named
    ("Tessmoor Interactive, which made the original game, co-produces the adaptation, Quillon Run.",
     {("Quillon Run", "P272", "Tessmoor Interactive")}),
    ("Quillon Run (2019) was made by Dunhallow Films. Dunhallow is co-producing the sequel, Quillon Run 2.",
     {("Quillon Run 2", "P272", "Dunhallow Films")}),
]

WRONG += [
    ("Tessmoor Interactive, which made the original game, co-produces the adaptation, Quillon Run.",
     ("Quillon Run", "P162", "Tessmoor Interactive")),
]

GOLDEN += [
    # a film named only in an aside on the actor: the actor was in it; the new part is in the film in focus
    ("Pelling Moor is the new thriller from Elspet Ostravik. Tam Birchley, the breakout of 2022's Kessock Road, "
     "will play the smuggler Ivo Dunmarrow.",
     {("Ivo Dunmarrow", "P1441", "Pelling Moor"), ("Pelling Moor", "P161", "Tam Birchley"),
      ("Kessock Road", "P161", "Tam Birchley")}),
]

WRONG += [
    ("Pelling Moor is the new thriller from Elspet Ostravik. Tam Birchley, the breakout of 2022's Kessock Road, "
     "will play the smuggler Ivo Dunmarrow.", ("Ivo Dunmarrow", "P1441", "Kessock Road")),
]

GOLDEN += [
    # a film in an aside on a person ("A, director of X, ...") is not the film the rest of the sentence is about
    ("Ashgrey Road is the studio's next thriller. Elspet Ostravik, director of the war drama Kessock Road (2017), "
     "took the helm and will shoot a script by Tam Birchley.",
     {("Kessock Road", "P57", "Elspet Ostravik"), ("Ashgrey Road", "P58", "Tam Birchley")}),
]

WRONG += [
    ("Ashgrey Road is the studio's next thriller. Elspet Ostravik, director of the war drama Kessock Road (2017), "
     "took the helm and will shoot a script by Tam Birchley.", ("Kessock Road", "P58", "Tam Birchley")),
]

GOLDEN += [
    # "by the X sisters, A and B": the two sisters, named in full, and no one called plain "X"
    ("Tollgate was directed by the Quarrow sisters, Astri and Gerd, and stars Corin Ash.",
     {("Tollgate", "P57", "Astri Quarrow"), ("Tollgate", "P57", "Gerd Quarrow")}),
    # ... also when NER calls a given name there a company
    ("The comedy was directed by the Quarrow brothers, Tor and Gunnar, whose debut Tollgate (2018) did well.",
     {("Tor Quarrow", "P3373", "Gunnar Quarrow")}),
]

WRONG += [
    ("Tollgate was directed by the Quarrow sisters, Astri and Gerd, and stars Corin Ash.",
     ("Tollgate", "P57", "Quarrow")),
]

GOLDEN += [
    # "both earlier films" in a story of Title 3 whose Title 2 goes unnamed: Title, never Title 3
    ("Quarrow Point (2015) was a sleeper hit. Quarrow Point 3 opens in May. Tessaly Quenton, who played the smuggler "
     "Ivo Pellard in both earlier films, does not return.",
     {("Ivo Pellard", "P1441", "Quarrow Point"), ("Quarrow Point", "P161", "Tessaly Quenton")}),
]

WRONG += [
    ("Quarrow Point (2015) was a sleeper hit. Quarrow Point 3 opens in May. Tessaly Quenton, who played the smuggler "
     "Ivo Pellard in both earlier films, does not return.", ("Ivo Pellard", "P1441", "Quarrow Point 3")),
]

WRONG += [
    # a report that is denied states nothing, not even as a rumour
    ("Word that composer Ivo Pellard would score Quarrow Point was denied by his agent.",
     ("Quarrow Point", "P86", "Ivo Pellard")),
    ("The studio denied reports that Tessaly Quenton will direct Quarrow Point.",
     ("Quarrow Point", "P57", "Tessaly Quenton")),
]

WRONG += [
    # a cinematographer back "behind the camera" shoots the film; the sentence's capital is no lower-case craft
    ("Quarrow Point 2 is in production. Cinematographer Tessaly Quenton, who shot Tollgate, returns behind the "
     "camera.", ("Quarrow Point 2", "P57", "Tessaly Quenton")),
]

WRONG += [
    # what someone "co-founded" is a company, never the film a producer works on
    ("Ivo Pellard will produce for Halden, and Tessaly Quenton, who co-founded Pellory with her brother, will "
     "produce for the Danish company.", ("Pellory", "P162", "Ivo Pellard")),
]

GOLDEN += [
    # "shooting Title for director A": A directs the film shot, not the film the text is about
    ("Tollgate is the studio's new drama. Its star is in Lisbon, where she is shooting Pellory Bay for director Ivo "
     "Pellard.", {("Pellory Bay", "P57", "Ivo Pellard")}),
]

WRONG += [
    ("Tollgate is the studio's new drama. Its star is in Lisbon, where she is shooting Pellory Bay for director Ivo "
     "Pellard.", ("Tollgate", "P57", "Ivo Pellard")),
]

GOLDEN += [
    # "the directing debut of their son, A": the son named after the comma directed it
    ("Pellory Bay, the directing debut of their son, Ivo Pellard, closes the programme.",
     {("Pellory Bay", "P57", "Ivo Pellard")}),
]

GOLDEN += [
    # "opposite B": B is cast wherever the clause's credit puts the first actor
    ("Ivo Pellard starred opposite Tessaly Quenton in the comedy Pellory Bay (1992).",
     {("Pellory Bay", "P161", "Ivo Pellard"), ("Pellory Bay", "P161", "Tessaly Quenton")}),
    ("Pellory Bay (1990) starred Ivo Pellard opposite his sister, Tessaly Quenton.",
     {("Pellory Bay", "P161", "Tessaly Quenton")}),
]

WRONG += [
    # ... but not in a film of an earlier clause
    ("Ivo Pellard was a thug in Pellory Bay (1986) and later had a scene as a cook in the farce Tollgate (1990), "
     "opposite a young Tessaly Quenton.", ("Pellory Bay", "P161", "Tessaly Quenton")),
]

GOLDEN += [
    # "A is back as X" for a name NER took for a company: still the actor
    ("The thriller Pellory Bay opens Friday. Tessaly Quenton is back as Quilla Pelloway, and she is terrific.",
     {("Quilla Pelloway", "P175", "Tessaly Quenton"), ("Quilla Pelloway", "P1441", "Pellory Bay")}),
]

GOLDEN += [
    # a "where are they now" heading "Actor (Part)" over a paragraph about the actor: the actor first
    ("The thriller Pellory Bay opened in 1994.\n\nTessaly Quenton (Brisa Quillon)\nQuenton was twenty when she was "
     "cast as the older sister. She now runs a theatre.",
     {("Brisa Quillon", "P175", "Tessaly Quenton"), ("Pellory Bay", "P161", "Tessaly Quenton")}),
]

WRONG += [
    ("The thriller Pellory Bay opened in 1994.\n\nTessaly Quenton (Brisa Quillon)\nQuenton was twenty when she was "
     "cast as the older sister. She now runs a theatre.", ("Pellory Bay", "P161", "Brisa Quillon")),
]

GOLDEN += [
    # titles in the sentence case of French, Spanish or Italian, dated in brackets
    ("The brothers co-directed the border western Lobos del río (2015) and Les Fenêtres grises (1969), a chamber "
     "drama.", {("Lobos del río", "P577", "2015"), ("Les Fenêtres grises", "P577", "1969")}),
]

WRONG += [
    # ... but an English phrase before a year is no title
    ("She made the border western Pellory Bay in the end (2015).", ("Pellory Bay in the end", "P577", "2015")),
]

GOLDEN += [
    # "who helmed the second film": the film the text numbers 2, not the one it is about
    ("Quarrow Point (2012) was a hit, and Quarrow Point 2 followed in 2016. Quarrow Point 3 opens in May. The "
     "script is by Ivo Pellard, who helmed the second film.", {("Quarrow Point 2", "P57", "Ivo Pellard")}),
]

WRONG += [
    ("Quarrow Point (2012) was a hit, and Quarrow Point 2 followed in 2016. Quarrow Point 3 opens in May. The "
     "script is by Ivo Pellard, who helmed the second film.", ("Quarrow Point 3", "P57", "Ivo Pellard")),
]

GOLDEN += [
    # "turned director with Title": the film of the new craft
    ("Ivo Pellard, an actor for two decades, turned director with Pellory Bay in 2008.",
     {("Pellory Bay", "P57", "Ivo Pellard")}),
    ("Ivo Pellard spent the nineties acting before turning director with Pellory Bay.",
     {("Pellory Bay", "P57", "Ivo Pellard")}),
]

GOLDEN += [
    # a sentence-case title whose last words are a capitalised place: the whole title, not the place
    ("He starred in the giallo Lo scannatore di Nuova Roma (1982) for Ivo Pellard.",
     {("Lo scannatore di Nuova Roma", "P577", "1982")}),
]

GOLDEN += [
    # "A's credits (features) as director include X": the craft the phrase names, not a part
    ("Ivo Pellard's earlier features as director include the drama Pellory Bay (2017).",
     {("Pellory Bay", "P57", "Ivo Pellard")}),
]

WRONG += [
    ("Ivo Pellard's credits as director include Pellory Bay (2017).", ("Pellory Bay", "P161", "Ivo Pellard")),
]

GOLDEN += [
    # a ranking: "N. Title (Studio)" heads a paragraph about the film, its distributor in the bracket
    ("My ten favourite films of the year.\n\n1. Pellory Bay (Quarrow Pictures)\nIvo Pellard directs Lavinia Moor "
     "and Percival Dremmer in a chamber piece.\n\n2. Night Quay (Ostrel Releasing)\nMyrtle Vellin directs Ada "
     "Vellquist as a ferry pilot.",
     {("Pellory Bay", "P750", "Quarrow Pictures"), ("Pellory Bay", "P57", "Ivo Pellard"),
      ("Pellory Bay", "P161", "Lavinia Moor"), ("Pellory Bay", "P161", "Percival Dremmer"),
      ("Night Quay", "P750", "Ostrel Releasing"), ("Night Quay", "P57", "Myrtle Vellin"),
      ("Night Quay", "P161", "Ada Vellquist")}),
    # the same list with each item on one line; a company column makes the person-like name a company
    ("Also on the list:\n\n4. Pellory Bay (Quarrow Pictures) - Ivo Pellard directs Lavinia Moor and Percival "
     "Dremmer.\n\n5. Night Quay (Ostrel Releasing) - a drama by Myrtle Vellin.\n\n6. Brinn Acre (Eustace Vesk) - "
     "Ada Vellquist's second feature.",
     {("Pellory Bay", "P750", "Quarrow Pictures"), ("Pellory Bay", "P161", "Lavinia Moor"),
      ("Pellory Bay", "P57", "Ivo Pellard"), ("Brinn Acre", "P750", "Eustace Vesk")}),
]

WRONG += [
    ("My ten favourite films of the year.\n\n1. Pellory Bay (Quarrow Pictures)\nIvo Pellard directs Lavinia Moor "
     "and Percival Dremmer in a chamber piece.\n\n2. Night Quay (Ostrel Releasing)\nMyrtle Vellin directs Ada "
     "Vellquist as a ferry pilot.", ("Lavinia Moor", "P57", "Ivo Pellard")),
    ("Also on the list:\n\n4. Pellory Bay (Quarrow Pictures) - Ivo Pellard directs.\n\n5. Night Quay "
     "(Ostrel Releasing) - a drama.\n\n6. Brinn Acre (Eustace Vesk) - a comedy.",
     ("Brinn Acre", "P161", "Eustace Vesk")),
    # a listicle's numbered points are no titles
    ("Five things we learned about Pellory Bay 2.\n\n1. Somebody Else Holds The Megaphone. Ivo Pellard took "
     "over.\n\n2. A familiar face returns. Percival Dremmer is back.", ("Somebody Else Holds The Megaphone", "P57",
                                                                   "Ivo Pellard")),
]

GOLDEN += [
    # "both features A directed in the past, X and Y": a relative clause, A no title
    ("Pellory Bay, the western directed by Ivo Pellard, is in reshoots. The cinematographer, who shot both features "
     "Pellard directed in the past, Brinn Acre (2016) and Night Quay (2021), has left.",
     {("Pellory Bay", "P57", "Ivo Pellard"), ("Brinn Acre", "P577", "2016")}),
    # "by A and her brother, B, credited on the movie, an adaptation of X": the movie's source
    ("Pellory Bay, the western directed by Ivo Pellard, is in reshoots. The screenplay was reworked by "
     "Pellard and her brother, Lucius Pellard, who are credited on the movie, an adaptation of Myrtle Vellin's "
     "novel The Quillon Almanac.", {("Pellory Bay", "P144", "The Quillon Almanac")}),
]

WRONG += [
    ("Pellory Bay, the western directed by Ivo Pellard, is in reshoots. The screenplay was reworked by "
     "Pellard and her brother, Lucius Pellard, who are credited on the movie, an adaptation of Myrtle Vellin's "
     "novel The Quillon Almanac.", ("Ivo Pellard", "P144", "The Quillon Almanac")),
]

GOLDEN += [
    # "the original's director, A": the film a prequel or sequel follows
    ("Pellory Bay will be a prequel to the 1998 thriller Night Quay. The original's director, Ivo Pellard, has no "
     "involvement.", {("Night Quay", "P57", "Ivo Pellard")}),
    # "A, whose brother, the composer B, ...": A's brother
    ("She cut the musical Brinn Acre (1992) for the director Lucius Dremmer, whose brother, the composer Percival "
     "Dremmer, wrote its songs.", {("Percival Dremmer", "P3373", "Lucius Dremmer")}),
]

WRONG += [
    ("Pellory Bay will be a prequel to the 1998 thriller Night Quay. The original's director, Ivo Pellard, has no "
     "involvement.", ("Pellory Bay", "P57", "Ivo Pellard")),
    # "as B's older brother, C": the part is C, B only whose brother
    ("Pellory Bay stars Myrtle Vellquist as Cyprian Quarl. Lucius Dremmer co-stars as Cyprian's older brother, Horatio "
     "Quarl.", ("Cyprian", "P175", "Lucius Dremmer")),
    # a number word after a credit is no name: "directed by A, two people said"
    ("Composer Ada Vellquist will score Pellory Bay, the adaptation directed by Ivo Pellard, two "
     "sources said on Monday.", ("Pellory Bay", "P57", "two")),
]

GOLDEN += [
    # a part named in apposition to a kin noun, then "played by" a described actor ("the veteran", "newcomer")
    ("The Night Quay is about a widow, Barnabas, played by newcomer Myrtle Vellquist, and her uncle, Leofric, who is "
     "played by the comedian Lucius Dremmer.", {("Leofric", "P175", "Lucius Dremmer"),
                                              ("Barnabas", "P175", "Myrtle Vellquist")}),
]

GOLDEN += [
    # "the role of X has been recast with A"; "It reunites A and B": cast in the film in focus
    ("Ivo Pellard directs the sequel Pellory Bay 2. The role of Leofric has been recast with Lucius Dremmer.",
     {("Pellory Bay 2", "P161", "Lucius Dremmer"), ("Leofric", "P175", "Lucius Dremmer")}),
    ("Ivo Pellard directs the sequel Pellory Bay 2. It reunites Myrtle Vellquist and Lucius Dremmer.",
     {("Pellory Bay 2", "P161", "Myrtle Vellquist"), ("Pellory Bay 2", "P161", "Lucius Dremmer")}),
]

WRONG += [
    ("Ivo Pellard directs the sequel Pellory Bay 2. It reunites Pellard with cinematographer Lucius Dremmer.",
     ("Pellory Bay 2", "P161", "Lucius Dremmer")),
]

GOLDEN += [
    # "both sequels": the two films that follow the original, not the original and its first sequel
    ("Pellory Bay (2015) was a hit, and Pellory Bay 2 followed in 2018. Ivo Pellard directs Pellory Bay 3, which "
     "opens in May. Lucius Dremmer played Leofric in both sequels.",
     {("Pellory Bay 2", "P161", "Lucius Dremmer"), ("Pellory Bay 3", "P161", "Lucius Dremmer")}),
]

WRONG += [
    ("Pellory Bay (2015) was a hit, and Pellory Bay 2 followed in 2018. Ivo Pellard directs Pellory Bay 3, which "
     "opens in May. Lucius Dremmer played Leofric in both sequels.", ("Pellory Bay", "P161", "Lucius Dremmer")),
]

GOLDEN += [
    # "who cut Title and Subtitle": two films the text named one by one, not one title with "and"
    ("Ironwold (2018) and Ironwold 2: Heartsoil (2021) were hits. Ironwold 3 is set a decade later than Heartsoil. "
     "Editor Lucius Dremmer, who cut Ironwold and Heartsoil, is busy.",
     {("Ironwold", "P1040", "Lucius Dremmer"), ("Ironwold 2: Heartsoil", "P1040", "Lucius Dremmer")}),
]

GOLDEN += [
    # "whose writing credits include X (1986) and its sequel, Y (1990)": the craft the gerund names, both films
    ("The guild honoured Myrtle Vellquist, whose writing credits include \"Night Quay\" (1986) and its sequel, "
     "\"Night Quay Rising\" (1990).",
     {("Night Quay", "P58", "Myrtle Vellquist"), ("Night Quay Rising", "P58", "Myrtle Vellquist")}),
]

WRONG += [
    ("The guild honoured Myrtle Vellquist, whose writing credits include \"Night Quay\" (1986) and its sequel, "
     "\"Night Quay Rising\" (1990).", ("Night Quay", "P161", "Myrtle Vellquist")),
]

GOLDEN += [
    # "who has produced every instalment": each film of the franchise the text names
    ("Pellory Bay (2015) was a hit, and Pellory Bay 2 followed in 2018. Ivo Pellard directs Pellory Bay 3. Myrtle "
     "Vellquist, who has produced every instalment, is back.",
     {("Pellory Bay", "P162", "Myrtle Vellquist"), ("Pellory Bay 2", "P162", "Myrtle Vellquist"),
      ("Pellory Bay 3", "P162", "Myrtle Vellquist")}),
]

WRONG += [
    # not the next film, named later without a year
    ("Pellory Bay (2015) was a hit, and Pellory Bay 2 followed in 2018. Myrtle Vellquist, who has produced every "
     "instalment, is back. The studio has also dated Pellory Bay 3.", ("Pellory Bay 3", "P162", "Myrtle Vellquist")),
]

GOLDEN += [
    # what an actor is nominated for: "for her turn as X", "a nod for his role as X" (the film in focus)
    ("Ivo Pellard's drama Pellory Bay leads the nominations with nine. Myrtle Vellquist earned a "
     "nomination for her turn as Cyprian Quarl.", {("Cyprian Quarl", "P175", "Myrtle Vellquist"),
                                                ("Pellory Bay", "P161", "Myrtle Vellquist")}),
    ("Ivo Pellard's drama Pellory Bay leads the nominations with nine. Lucius Dremmer earned a supporting actor nod "
     "for his role as the ferryman Leofric.", {("Leofric", "P175", "Lucius Dremmer"),
                                               ("Pellory Bay", "P161", "Lucius Dremmer")}),
]

GOLDEN += [
    # "X at Y (2017)": a place inside a title, whatever NER makes of the two names
    ("Lucius Dremmer previously directed Dark Tide at Thimbleweed (2017), in which his sister also appeared.",
     {("Dark Tide at Thimbleweed", "P57", "Lucius Dremmer"), ("Dark Tide at Thimbleweed", "P577", "2017")}),
]

WRONG += [
    # "Written and directed by A, with her husband, B, as ...": who B is and plays, not the film
    ("My favourite films.\n\n1. Pellory Bay (Quarrow Pictures)\nIvo Pellard directs.\n\n2. Night Quay (Ostrel "
     "Releasing)\nWritten and directed by Myrtle Vellquist, with her husband, Lucius Dremmer, as a lighthouse keeper.",
     ("Lucius Dremmer", "P57", "Myrtle Vellquist")),
]

GOLDEN += [
    # a credit on a named series ("The X Saga was produced by Studio") is a credit on each of its films
    ("The Pellory Saga, as fans call the three films, was produced by Quarrow Studios. The first film, Pellory (2004), "
     "was directed by Ivo Pellard, and Pellory 2 followed in 2006.",
     {("Pellory", "P272", "Quarrow Studios"), ("Pellory 2", "P272", "Quarrow Studios")}),
]

WRONG += [
    ("The Pellory Saga, as fans call the three films, was produced by Quarrow Studios. The first film, Pellory (2004), "
     "was directed by Ivo Pellard, and Pellory 2 followed in 2006.", ("Pellory Saga", "P272", "Quarrow Studios")),
]

GOLDEN += [
    # "who edited Title for A": the title named alone before ends at "for", whatever NER joined
    ("Night Quay (2017) and Brinn Acre (2020) were Pellard's first two features. Lucius Dremmer, who edited Night "
     "Quay for Pellard, now directs his own.", {("Night Quay", "P1040", "Lucius Dremmer")}),
]

GOLDEN += [
    # "who cut Title and Other": a list item the text named as two films, one by one, before
    ("Wenna Plimsoll directed Quillmark (1986) and Saltgrave (1990). Ubbo Ambrel, who cut Quillmark and Saltgrave, "
     "later turned director.",
     {("Quillmark", "P1040", "Ubbo Ambrel"), ("Saltgrave", "P1040", "Ubbo Ambrel")}),
]

GOLDEN += [
    # interview transcripts: "I" is the speaker ("A:" the person the introduction names; "SURNAME:" that person)
    ("Isak Dunmarrow Talks Pellworth\n\nIsak Dunmarrow stars in Pellworth, which opens Friday. We met Dunmarrow "
     "in Oslo.\n\nQ: What comes next?\n\nA: I am producing Harrowdene, a thriller. Hobart Loame directs.\n\n"
     "Q: Who is in it?\n\nA: Cobble Marrack. She plays the ferry captain.",
     {("Harrowdene", "P162", "Isak Dunmarrow"), ("Harrowdene", "P57", "Hobart Loame")}),
    ("Nettlefold Returns\n\nGorrow Kettleby directed Nettlefold (2019) and now its sequel. Ulla Skerry spoke to "
     "Kettleby.\n\nSKERRY: Why a sequel?\n\nKETTLEBY: My wife, Lina Brodal, wrote it. I directed the first one "
     "in a barn.\n\nSKERRY: And the score?\n\nKETTLEBY: Ivo Jessop scored it, again.",
     {("Nettlefold", "P58", "Lina Brodal"), ("Nettlefold", "P86", "Ivo Jessop"),
      ("Gorrow Kettleby", "P26", "Lina Brodal")}),
]

WRONG += [
    # a speaker's label is no film; "she" in an answer is not who answers; a marriage on screen is a part
    ("Nettlefold Returns\n\nGorrow Kettleby directed Nettlefold (2019) and now its sequel. Ulla Skerry spoke to "
     "Kettleby.\n\nSKERRY: And the score?\n\nKETTLEBY: Ivo Jessop scored it.\n\nSKERRY: Next?\n\n"
     "KETTLEBY: A western.", ("Kettleby", "P86", "Ivo Jessop")),
    ("Wenna Gisk Talks Skerrymoor\n\nWenna Gisk wrote and directed Skerrymoor, which opens Friday. We met Gisk in "
     "Rome.\n\nQ: Who plays Ysolt?\n\nA: Ulla Brodal is Ysolt. She played Ysolt in Cobble Street too, years "
     "ago.\n\nQ: And next?\n\nA: I am writing a western.", ("Cobble Street", "P161", "Wenna Gisk")),
    ("Isak Dunmarrow married Hobart Loame on screen in Harrowdene (2017).",
     ("Isak Dunmarrow", "P26", "Hobart Loame")),
]

GOLDEN += [
    # an encyclopedia's cast section: one "Actor as Part" line each, in the article's film
    ("Brackmoor is a 2011 British crime film directed by Ilsa Renshaw.\n\nCast\nDunstan Amory as Inspector Pella "
     "Quarn\nNettie Ulmer as Ymke Quarn, his sister\n\nProduction\nRenshaw shot it in Leeds.",
     {("Inspector Pella Quarn", "P175", "Dunstan Amory"), ("Inspector Pella Quarn", "P1441", "Brackmoor"),
      ("Ymke Quarn", "P175", "Nettie Ulmer"), ("Brackmoor", "P161", "Nettie Ulmer")}),
]

GOLDEN += [
    # "the earlier films": each film of the franchise but the one to come; "X, the role A played in ..."
    ("Skelling (2011) and Skelling: Quarrow (2016) were modest hits. Skelling 3 shoots in May. Kelda Harth, who "
     "had scored the earlier films, returns. Wyndle Ottery will play a young Major Corrib Yarrow, the role "
     "Bramwell Fosse originated in the earlier films.",
     {("Skelling", "P86", "Kelda Harth"), ("Skelling: Quarrow", "P86", "Kelda Harth"),
      ("Major Corrib Yarrow", "P175", "Bramwell Fosse"), ("Skelling", "P161", "Bramwell Fosse"),
      ("Skelling: Quarrow", "P161", "Bramwell Fosse"), ("Major Corrib Yarrow", "P1441", "Skelling")}),
    # "a part she played in ...": she is the actor the sentence names; a numbered title NER read as a date
    ("Mossrow 3 again stars Kelda Harth as the smuggler Ida Wyndle, a part she played in Mossrow (2012) and its "
     "sequel, Mossrow 2. Bramwell Fosse directs.",
     {("Mossrow 3", "P161", "Kelda Harth"), ("Ida Wyndle", "P1441", "Mossrow 2"), ("Mossrow 2", "P161", "Kelda Harth"),
      ("Mossrow 3", "P57", "Bramwell Fosse")}),
]

GOLDEN += [
    # "like its predecessors": the credit holds for each earlier film of the franchise too
    ("Cindermoss (2013) and Cindermoss 2 (2017) were hits. Like its predecessors, Cindermoss 3 is produced by "
     "Pellack Wort Films.",
     {("Cindermoss", "P272", "Pellack Wort Films"), ("Cindermoss 2", "P272", "Pellack Wort Films"),
      ("Cindermoss 3", "P272", "Pellack Wort Films")}),
]

WRONG += [
    # two people share a surname: the bare surname is whom the text named first, not the one named last
    ("Director Ivan Tremlow made his name with thrillers. The producer Lettice Tremlow, no relation, backed most "
     "of them. In 1994 Tremlow directed Dunhallow.", ("Dunhallow", "P57", "Lettice Tremlow")),
]

GOLDEN += [
    # "Title, written and directed by A": both credits on the title, under a press release's dateline
    ("BOSTON, May 2, 2026 -- Caskrow Pictures has announced the comedy Thimblewick, written and directed by "
     "Halsey Ambery.", {("Thimblewick", "P58", "Halsey Ambery"), ("Thimblewick", "P57", "Halsey Ambery")}),
]

GOLDEN += [
    # "both Wrenmoor films": the franchise's two, not the last two films named
    ("Wrenmoor (2015) and Wrenmoor: Varrish (2019) were hits. Since then Sapphira Lunt has made Ystrad (2021) and "
     "Ystrad 2 (2023). Lunt, who directed both Wrenmoor films, will not return.",
     {("Wrenmoor", "P57", "Sapphira Lunt"), ("Wrenmoor: Varrish", "P57", "Sapphira Lunt")}),
]

WRONG += [
    # "as X, Y's partner in crime": who the part is in the story, no marriage
    ("Dovecote (2026) is a spin-off. Pellory Ambrin returns as Oswin, Petronel Ferrel's partner in crime.",
     ("Oswin", "P26", "Petronel Ferrel")),
]

GOLDEN += [
    # the film a shoot is on: "photography started on Title", "began filming Title", whatever NER calls the name
    ("Principal photography started on Gantwick last week. Ysella Orrel leads the cast as Dorcas Dunnock.",
     {("Gantwick", "P161", "Ysella Orrel"), ("Dorcas Dunnock", "P1441", "Gantwick")}),
]

GOLDEN += [
    # "Title, a story based on the novel Other, produced by Studio": the film's credit, not its source's
    ("Hobmoor (2003) was a ghost story based on the novel Larkspire Hall, produced by Quedgeley Films and released "
     "by Tansmere Pictures.",
     {("Hobmoor", "P272", "Quedgeley Films"), ("Hobmoor", "P750", "Tansmere Pictures"),
      ("Hobmoor", "P144", "Larkspire Hall")}),
]

GOLDEN += [
    # "shot by A's then-husband, B": the name after the hyphenated description
    ("Oonagh Ambrish made Hobmoor (2003). It was shot by Oonagh's then-husband, Teodric Quarrie.",
     {("Hobmoor", "P344", "Teodric Quarrie")}),
]

GOLDEN += [
    # a rank's abbreviation ("Sgt.") is one token: the parser ends no sentence there, the part keeps its name
    ("Skerrow 2 is coming. Ysella Orrel will play Sgt. Odo Dunnock, a traffic cop.",
     {("Sgt. Odo Dunnock", "P175", "Ysella Orrel"), ("Sgt. Odo Dunnock", "P1441", "Skerrow 2")}),
]

GOLDEN += [
    # "X, which had released the earlier films": a releaser of films is a company, whatever its name says
    ("Ysmay (2012) and Ysmay II (2015) were hits. Tamsk, which once released the earlier films abroad, now plans "
     "a third.", {("Ysmay", "P750", "Tamsk"), ("Ysmay II", "P750", "Tamsk")}),
]

GOLDEN += [
    # "Title, the fourth X film": the ordinal phrase names Title, which is in the series
    ("Skelling (2011) started it all. Wendric, the fourth Skelling film, opens in May.",
     {("Wendric", "P179", "Skelling")}),
]

GOLDEN += [
    # "played by A as X": a part the tagger calls a company is still a part when casting words surround it
    ("The drama Dunmarch opened on Friday. The children are played by Tavish Crell as Judd, the eldest.",
     {("Judd", "P175", "Tavish Crell"), ("Judd", "P1441", "Dunmarch")}),
    # a full name, "as", a two-word name: a part though the sentence names no casting word
    ("The drama Dunmarch opened on Friday. At its centre is Edwina Kesterley as Mavra Tellick, a ferry pilot.",
     {("Mavra Tellick", "P175", "Edwina Kesterley")}),
    # "Title stars A as X": whoever stars a named actor is the film, whatever the tagger made of it
    ("Audric Dace, out in May, stars Idrenne Coble as Mavra Tellick, a salvage diver.",
     {("Audric Dace", "P161", "Idrenne Coble"), ("Mavra Tellick", "P175", "Idrenne Coble"),
      ("Mavra Tellick", "P1441", "Audric Dace")}),
]

WRONG += [
    # "music by A and cinematography by B": the parser hangs both "by"s on "music"; B is no composer
    ("Pellowmere (2020) features Idrenne Coble, with music by Yoland Plover and cinematography by Tavish Crell.",
     ("Pellowmere", "P86", "Tavish Crell")),
]

GOLDEN += [
    # "its first three films, A, B and C, all released by S, ...": the films listed, each credited
    ("Yarrow is a spy franchise. Its first three films, Ashlar Key (2014), Gillowmoor (2017) and Loame (2021), "
     "all released by Brenlow Pictures, had been directed by Wystan Harth.",
     {("Ashlar Key", "P57", "Wystan Harth"), ("Gillowmoor", "P57", "Wystan Harth"), ("Loame", "P57", "Wystan Harth"),
      ("Ashlar Key", "P750", "Brenlow Pictures"), ("Loame", "P750", "Brenlow Pictures")}),
    # "X; its sequel, Y, based on A's follow-up, W": Y follows X, W is Y's source (a book, not A's film)
    ("Sedge (2008) did well; its sequel, Sedge Returns (2011), based on Odo Vellacott's follow-up, "
     "The Kettleby Papers, did better still.",
     {("Sedge Returns", "P155", "Sedge"), ("Sedge Returns", "P144", "The Kettleby Papers")}),
    # "A directed the first; the second, B": the original, then the sequel after it
    ("Dunphail (2008) and its sequel, Dunphail Returns (2011), were hits. Ysolt Thane directed the first; "
     "Wystan Harth directed the second.",
     {("Dunphail", "P57", "Ysolt Thane"), ("Dunphail Returns", "P57", "Wystan Harth")}),
]

WRONG += [
    ("Sedge (2008) did well; its sequel, Sedge Returns (2011), based on Odo Vellacott's follow-up, "
     "The Kettleby Papers, did better still.", ("The Kettleby Papers", "P57", "Odo Vellacott")),
]

GOLDEN += [
    # "the X brothers, A and B": the first names take the family name, whatever NER made of them
    ("The Ezeife brothers, Chidubem and Somto, directed Fenby Road.",
     {("Fenby Road", "P57", "Chidubem Ezeife"), ("Fenby Road", "P57", "Somto Ezeife"),
      ("Chidubem Ezeife", "P3373", "Somto Ezeife")}),
    # "Before Title the pair directed X": the parser makes two subjects; the one next to the verb did it
    ("Fenby Road 2 is next. The Ezeife brothers, Chidubem and Somto, are back. Before Fenby Road the pair "
     "directed a 2017 comedy, Corliss Summer.",
     {("Corliss Summer", "P57", "Chidubem Ezeife"), ("Corliss Summer", "P57", "Somto Ezeife")}),
]

WRONG += [
    # a composer who "plays the theme" plays music, no part
    ("Fenby Road 2 is next.\n\nComposer Ulric Dunstan, back after scoring the original, plays its main theme on "
     "solo cello.", ("Fenby Road 2", "P161", "Ulric Dunstan")),
    # "A thanked exhibitors for playing Title": the cinemas played the film; A plays no part called Title
    ("Ulric Dunstan praised cinemas for playing Fenby Road, the 2021 hit.",
     ("Fenby Road", "P175", "Ulric Dunstan")),
]

GOLDEN += [
    # "by the X siblings, A and B": the two writers, no third one called X
    ("Gorsemoor (2005) was directed by Ulric Dunstan and written by the Ezeife siblings, Chidubem and Somto.",
     {("Gorsemoor", "P58", "Chidubem Ezeife"), ("Gorsemoor", "P58", "Somto Ezeife"),
      ("Chidubem Ezeife", "P3373", "Somto Ezeife")}),
    # "Title, adapted from the game Work: Part, was directed by A": the parser makes "Part" the subject
    ("The original Gorsemoor (2005), adapted from the arcade game Gorsemoor: Ashfell, was directed by Ulric Dunstan.",
     {("Gorsemoor", "P57", "Ulric Dunstan")}),
]

WRONG += [
    ("Gorsemoor (2005) was directed by Ulric Dunstan and written by the Ezeife siblings, Chidubem and Somto.",
     ("Gorsemoor", "P58", "Ezeife")),
    ("The original Gorsemoor (2005), adapted from the arcade game Gorsemoor: Ashfell, was directed by Ulric Dunstan.",
     ("Ashfell", "P57", "Ulric Dunstan")),
]

GOLDEN += [
    # "the third film, Title ... that third film": the film the text numbered so
    ("Ysolt Thane took over the third film, Gillowmoor Vantrel (2019), and later made the drama Quince Hill (2021). "
     "Thane and Osk Varrin co-wrote that third film.",
     {("Gillowmoor Vantrel", "P58", "Ysolt Thane"), ("Gillowmoor Vantrel", "P58", "Osk Varrin")}),
]

WRONG += [
    ("Ysolt Thane took over the third film, Gillowmoor Vantrel (2019), and later made the drama Quince Hill (2021). "
     "Thane and Osk Varrin co-wrote that third film.", ("Quince Hill", "P58", "Osk Varrin")),
    # a headline's 'A 'Nick' B': a nickname, no film the obituary is about
    ("Wilbur 'Quince' Dunhollow, Lamp Maker of the Valley, Is Dead at 90\n\nELM FORD - The cinematographer "
     "Wilbur Dunhollow has died. His son, film editor Osk Dunhollow, shared the news.",
     ("Quince", "P344", "Wilbur Dunhollow")),
]

GOLDEN += [
    # "best remembered for the western Title", "known for playing X in Title": the actor's films
    ("Edwina Kesterley is best remembered for the western Gorsemoor (2015).",
     {("Gorsemoor", "P161", "Edwina Kesterley")}),
    ("Edwina Kesterley, best known for playing Inspector Quillon Trew in the 1999 heist picture Gorsemoor, "
     "signed on.",
     {("Gorsemoor", "P161", "Edwina Kesterley"), ("Inspector Quillon Trew", "P175", "Edwina Kesterley"),
      ("Inspector Quillon Trew", "P1441", "Gorsemoor")}),
    # "with B as her loyal mechanic, Audric": the part's name after its description, not a third actor
    ("Gorsemoor (2019) stars Osk Varrin as a pilot, with Wilbur Dunhollow as her loyal mechanic, Audric.",
     {("Audric", "P175", "Wilbur Dunhollow"), ("Gorsemoor", "P161", "Wilbur Dunhollow")}),
    # "A as a retired boxer, B as his daughter": B is the next actor, not the boxer's name
    ("Gorsemoor (2019) stars Edwina Kesterley as a retired boxer, Wilbur Dunhollow as his daughter and Osk "
     "Varrin as a cop.", {("Gorsemoor", "P161", "Wilbur Dunhollow")}),
]

WRONG += [
    ("Gorsemoor (2019) stars Osk Varrin as a pilot, with Wilbur Dunhollow as her loyal mechanic, Audric.",
     ("Gorsemoor", "P161", "Audric")),
    ("Gorsemoor (2019) stars Edwina Kesterley as a retired boxer, Wilbur Dunhollow as his daughter and Osk "
     "Varrin as a cop.", ("Wilbur Dunhollow", "P175", "Edwina Kesterley")),
]

GOLDEN += [
    # "edited Boatman's Errand": a common noun's possessive opens the title when no one is called so
    ("Osk Varrin also edited Boatman's Errand (2019).", {("Boatman's Errand", "P1040", "Osk Varrin")}),
]

GOLDEN += [
    # "The finale to the series X, which ran ..., is now titled Y": Y is the film the clause names, however far
    ("Hobmoor first. The big-screen finale of the old TV series Hobmoor, which ran for six seasons, is now "
     "titled Hobmoor: The Movie. Ysolt Thane wrote and directed it.",
     {("Hobmoor: The Movie", "P57", "Ysolt Thane"), ("Hobmoor: The Movie", "P58", "Ysolt Thane")}),
]

GOLDEN += [
    # "Title introduced Colonel A B": a rank opens a part's name, never an actor's
    ("Produced by Brenlow Films, Gorsemoor introduced Colonel Quillon Trew, a turncoat pilot who betrays "
     "everyone.", {("Colonel Quillon Trew", "P1441", "Gorsemoor")}),
]

WRONG += [
    ("Produced by Brenlow Films, Gorsemoor introduced Colonel Quillon Trew, a turncoat pilot who betrays "
     "everyone.", ("Gorsemoor", "P161", "Quillon Trew")),
]

GOLDEN += [
    # a surname the tagger reads as a time word ("Decade", a date to NER) is the person named in full before
    ("Actor Evander Decade steps onto the stage. Decade, who plays Dr. Tamsk Umbrage in Gorsemoor, is back.",
     {("Dr. Tamsk Umbrage", "P175", "Evander Decade"), ("Gorsemoor", "P161", "Evander Decade")}),
    # "Title, due in 2027", "Title, slated for a spring 2026 release": the year it is to come out
    ("Ysolt Thane directed Gorsemoor (2019). Its sequel, Fairbarrow Road, due in 2027, reunites the cast.",
     {("Fairbarrow Road", "P577", "2027")}),
    ("Ysolt Thane directed Gorsemoor (2019). Its sequel, Fairbarrow Road, slated for a spring 2026 release, "
     "reunites the cast.", {("Fairbarrow Road", "P577", "2026")}),
]

WRONG += [
    # "Title, set in 1968 Trieste": the story's year
    ("Ysolt Thane directed Gorsemoor (2019). Her next film, Fairbarrow Road, set in 1968 Trieste, stars Osk "
     "Varrin.", ("Fairbarrow Road", "P577", "1968")),
]

GOLDEN += [
    # a streaming calendar's "July 1: Title (2012)": the date labels the line, the title follows the colon (a
    # weekday inside a title stays: "The Monday Orchard 3")
    ("New on Plumtide this month\n\nJuly 1: Carrowmere Weir (2012)\nDirected by Ysolt Thane, it stars Osk "
     "Varrin.\n\nJuly 8: Quillmoor (2015)\nTamsk Umbrage directed this one, a western.\n\nLeaving July 30: The "
     "Monday Orchard 3: Away (2002)\nIt was written by Ysolt Thane.",
     {("Carrowmere Weir", "P57", "Ysolt Thane"), ("Carrowmere Weir", "P577", "2012"), ("Quillmoor", "P57",
      "Tamsk Umbrage"), ("The Monday Orchard 3: Away", "P58", "Ysolt Thane")}),
]

GOLDEN += [
    # a video's chapter list: "20:05 Title (2011) — part three" heads the section about that film
    ("CHAPTERS\n\n02:15 The Tarnwick Deep (2004)\nYsolt Thane directed it.\n\n11:40 The Tarnwick Ascent (2008) — "
     "the sequel\nOsk Varrin wrote it.\n\n20:05 Cisterns of Quillmoor (2011) — part three\nThe studio handed it "
     "to director Tamsk Umbrage.",
     {("The Tarnwick Deep", "P57", "Ysolt Thane"), ("The Tarnwick Ascent", "P58", "Osk Varrin"),
      ("Cisterns of Quillmoor", "P57", "Tamsk Umbrage")}),
]

GOLDEN += [
    # a TV listing's "8.00pm, Channel: Title (2011)"; "Originally released by A & B": the section's film, one firm
    ("Films on TV tonight\n\n8.00pm, Reel Nine: Tin Gondolas (2011)\nDirector Ysolt Thane made this weepie. "
     "Originally released by Brackwell & Doune.\n\n9.00pm, Vintage Nine: Quillmoor (1998)\nTamsk Umbrage directed.",
     {("Tin Gondolas", "P57", "Ysolt Thane"), ("Tin Gondolas", "P750", "Brackwell & Doune"),
      ("Quillmoor", "P57", "Tamsk Umbrage")}),
]

GOLDEN += [
    # a video essay's "▸ Title (2010)" lines head the sections about their films
    ("Films discussed, in order:\n\n▸ The Tarnwick Deep (2006)\nDirected by Ysolt Thane. Osk Varrin plays Mirolde, "
     "a clerk who keeps the mill's ledgers.\n\n▸ Cisterns of Quillmoor (2010)\nStarring Tamsk Umbrage. Edited "
     "by Evander Decade.\n\n▸ The Sparrowgate Hours (2019)\nYsolt Thane directs once more and wrote the "
     "screenplay herself. Tamsk Umbrage plays the lead.",
     {("Cisterns of Quillmoor", "P161", "Tamsk Umbrage"), ("Cisterns of Quillmoor", "P1040", "Evander Decade"),
      ("The Tarnwick Deep", "P57", "Ysolt Thane")}),
]

WRONG += [
    ("Films discussed, in order:\n\n▸ The Tarnwick Deep (2006)\nDirected by Ysolt Thane. Osk Varrin plays Mirolde, "
     "a clerk who keeps the mill's ledgers.\n\n▸ Cisterns of Quillmoor (2010)\nStarring Tamsk Umbrage. Edited "
     "by Evander Decade.\n\n▸ The Sparrowgate Hours (2019)\nYsolt Thane directs once more and wrote the "
     "screenplay herself. Tamsk Umbrage plays the lead.", ("The Tarnwick Deep", "P1040", "Evander Decade")),
    # "five features the A-born ...": a plural noun, not the verb of a film called "five"
    ("The essay walks through five features the Norwegian-born cinematographer Osk Varrin has shot.",
     ("five", "P161", "Norwegian")),
]

GOLDEN += [
    # "by her stepdaughter, B", "by his frequent collaborator B": the name after the description
    ("Ysolt Thane starred in The Tarnwick Deep (1963); it was shot and edited by her stepdaughter, Wilhelmina "
     "Quarrie.", {("The Tarnwick Deep", "P344", "Wilhelmina Quarrie"),
                  ("The Tarnwick Deep", "P1040", "Wilhelmina Quarrie")}),
    ("Ysolt Thane starred in The Tarnwick Deep (1963). Its score was composed by his frequent collaborator Osk "
     "Varrin.", {("The Tarnwick Deep", "P86", "Osk Varrin")}),
]

GOLDEN += [
    # the actor named in apposition to the subject: "A's younger sister, B, plays X", "Her co-star B, whom ..., plays X"
    ("Ysolt Thane starred in The Tarnwick Deep (1963). Thane's younger sister, Wenna Corlett, plays her put-upon "
     "maid, Tibb.", {("Tibb", "P175", "Wenna Corlett"), ("The Tarnwick Deep", "P161", "Wenna Corlett")}),
    ("Ysolt Thane starred in The Tarnwick Deep (1963). Her co-star Osk Varrin, whom she wed in 1965, plays the "
     "foreman, Abner Cradock.",
     {("Abner Cradock", "P175", "Osk Varrin"), ("Abner Cradock", "P1441", "The Tarnwick Deep")}),
    # a credit line's fragment: the film the text is on
    ("Ysolt Thane starred in The Tarnwick Deep (1963). Released by Brackwell-Doune.",
     {("The Tarnwick Deep", "P750", "Brackwell-Doune")}),
]

GOLDEN += [
    # "A is plucky detective Lady X": a description and a name after an actor's copula name the part
    ("Wenna Corlett starred in The Tarnwick Deep (1963). Corlett is plucky detective Lady Berenice Pardew.",
     {("Lady Berenice Pardew", "P175", "Wenna Corlett"), ("Lady Berenice Pardew", "P1441", "The Tarnwick Deep")}),
]

WRONG += [
    ("Wenna Corlett starred in The Tarnwick Deep (1963). Corlett is producer Osk Varrin's wife.",
     ("Osk Varrin", "P175", "Wenna Corlett")),
]

GOLDEN += [
    # a newsletter digest's numbered sections, one of them "2) Review in brief: Title": that section is on Title
    ("THE WEEKLY DIGEST\n\n1) Tarnwick 3 adds to its cast\nOsk Varrin has joined Tarnwick 3, says the studio.\n\n"
     "2) Review in brief: Quillmoor\nWenna Corlett plays Tibb, a ferry pilot. The script, by Ysolt Thane, is spare. "
     "Holmbrook Releasing opens it on Friday.\n\n3) Box office\nNothing new this week.",
     {("Quillmoor", "P161", "Wenna Corlett"), ("Quillmoor", "P58", "Ysolt Thane"),
      ("Quillmoor", "P750", "Holmbrook Releasing")}),
]

WRONG += [
    ("THE WEEKLY DIGEST\n\n1) Tarnwick 3 adds to its cast\nOsk Varrin has joined Tarnwick 3, says the studio.\n\n"
     "2) Review in brief: Quillmoor\nWenna Corlett plays Tibb, a ferry pilot. The script, by Ysolt Thane, is spare. "
     "Holmbrook Releasing opens it on Friday.\n\n3) Box office\nNothing new this week.",
     ("Tarnwick 3", "P58", "Ysolt Thane")),
]

GOLDEN += [
    # box-office copy: "Title held the top spot ... with $31.2 million for Studio" (NER's person or not)
    ("Ana Pellicott directed Quillmoor (2019). Tarnwick Deep held the top spot for a second weekend with $31.2 "
     "million for Holmbrook Releasing. Osk Varrin's thriller stars Wenna Corlett.",
     {("Tarnwick Deep", "P750", "Holmbrook Releasing"), ("Tarnwick Deep", "P161", "Wenna Corlett")}),
]

WRONG += [
    ("Ana Pellicott directed Quillmoor (2019). Tarnwick Deep held the top spot for a second weekend with $31.2 "
     "million for Holmbrook Releasing. Osk Varrin's thriller stars Wenna Corlett.",
     ("Quillmoor", "P161", "Wenna Corlett")),
]

GOLDEN += [
    # a streaming calendar's "Title (Service, April 4)" lines: the service streams (distributes) the film
    ("Arriving on the services this April\n\nTarnwick Deep (Glimmerbox, April 1)\nOsk Varrin directed it.\n\nQuillmoor "
     "(Pellucine+, April 4)\nWenna Corlett stars.\n\nThe Cistern Waltz (Glimmerbox, April 11)\nA musical.",
     {("Tarnwick Deep", "P750", "Glimmerbox"), ("Quillmoor", "P750", "Pellucine+"),
      ("The Cistern Waltz", "P750", "Glimmerbox")}),
]

GOLDEN += [
    # "the third instalment, Title": it follows the franchise's second (the latest of its two earlier dated films)
    ("Tarnwick (2012) and Tarnwick: Saltgrave (2015) were hits. For the third instalment, Tarnwick: Brinefall, "
     "Osk Varrin returns.", {("Tarnwick: Brinefall", "P155", "Tarnwick: Saltgrave")}),
    ("Tarnwick (2012) was a hit. The second film, Tarnwick: Saltgrave (2015), did well.",
     {("Tarnwick: Saltgrave", "P155", "Tarnwick")}),
]

GOLDEN += [
    # "A is back for Title 2": in its cast (unless the text gives A a craft)
    ("Tarnwick (2012) was a hit. Wenna Corlett directed Quillmoor (2019). Osk Varrin is back for Tarnwick 2.",
     {("Tarnwick 2", "P161", "Osk Varrin")}),
]

WRONG += [
    ("Tarnwick (2012) was a hit. Wenna Corlett directed Quillmoor (2019). Osk Varrin, who scored Tarnwick, is back "
     "for Tarnwick 2.", ("Tarnwick 2", "P161", "Osk Varrin")),
]

GOLDEN += [
    # "The sequel, Title II: Part": it follows the one film of its franchise named before it
    ("Quillmoor (2015) was a hit. The sequel, Quillmoor II: Ascent, followed in 2018.",
     {("Quillmoor II: Ascent", "P155", "Quillmoor")}),
]

GOLDEN += [
    # "A's sisters, B and C D": three siblings (B shares the surname written once)
    ("Quillmoor (2015) was a hit. Ana Pellicott's sisters, Brisa and Wenna Pellicott, produced it.",
     {("Brisa Pellicott", "P3373", "Wenna Pellicott"), ("Ana Pellicott", "P3373", "Brisa Pellicott"),
      ("Ana Pellicott", "P3373", "Wenna Pellicott")}),
]

GOLDEN += [
    # a press release's company profile: "Its releases include A (2016), B (2019) and C (2021)"
    ("Plumtide Pictures today announced Quillmoor.\n\nAbout Plumtide Pictures\nPlumtide Pictures is an independent "
     "distributor based in Leeds. Its releases include Tarnwick Deep (2016), Brinewater (2019) and Saltgrave (2021).",
     {("Brinewater", "P750", "Plumtide Pictures"), ("Saltgrave", "P750", "Plumtide Pictures")}),
]

GOLDEN += [
    # "Title is a Service original": the streamer's own film, which it distributes
    ("Glimmerbox is a streaming service. Saltgrave (2022) is a Glimmerbox original.",
     {("Saltgrave", "P750", "Glimmerbox")}),
]

GOLDEN += [
    # where a film streams: "It went straight to Service", "Title leaves Service on April 30"
    ("Ana Pellicott directed Saltgrave (2009). It went straight to Glimmerbox+.",
     {("Saltgrave", "P750", "Glimmerbox+")}),
    ("Ana Pellicott directed Saltgrave (2009). Saltgrave (2009) leaves Glimmerbox+ on April 30.",
     {("Saltgrave", "P750", "Glimmerbox+")}),
]

GOLDEN += [
    # a cast list names actors, their parts in brackets: "With A (X), B (Y)", "Cast: ...",
    # "A (X) and B (Y) head the cast"
    ("Skelby Quay (1961)\nDirected by Ovid Tarrance. With Wystan Marrable (Hal Cotter), Imber Quenell (Rose Cotter).",
     {("Skelby Quay", "P161", "Wystan Marrable"), ("Hal Cotter", "P175", "Wystan Marrable"),
      ("Rose Cotter", "P175", "Imber Quenell"), ("Rose Cotter", "P1441", "Skelby Quay")}),
    ("Skelby Quay (1961)\nDirected by Ovid Tarrance. Cast: Wystan Marrable (Hal Cotter), Imber Quenell (Rose Cotter).",
     {("Hal Cotter", "P175", "Wystan Marrable"), ("Rose Cotter", "P175", "Imber Quenell")}),
    ("Skelby Quay (1961) is a drama. Wystan Marrable (Hal Cotter) and Imber Quenell (Rose Doon) head the cast.",
     {("Hal Cotter", "P175", "Wystan Marrable"), ("Rose Doon", "P175", "Imber Quenell"),
      ("Skelby Quay", "P161", "Imber Quenell")}),
]

WRONG += [
    ("Skelby Quay (1961)\nDirected by Ovid Tarrance. With Wystan Marrable (Hal Cotter), Imber Quenell (Rose Cotter).",
     ("Imber Quenell", "P175", "Rose Cotter")),
    # a review's "Part (Actor)" outside a cast list keeps its order
    ("Skelby Quay (1961) is a drama. Hal Cotter (Wystan Marrable) runs a ferry.",
     ("Wystan Marrable", "P175", "Hal Cotter")),
]

GOLDEN += [
    # "4K review: Title (Label)": the disc's format is no film; the review is about the title after the colon
    ("4K review: Marrowdene (Kettleby Video)\n\nThe new transfer is superb. Imber Quenell plays the widow.",
     {("Marrowdene", "P161", "Imber Quenell")}),
    ("Blu-ray review: Marrowdene (Kettleby Video)\n\nIt has never looked better. Imber Quenell plays the widow.",
     {("Marrowdene", "P161", "Imber Quenell")}),
]

WRONG += [
    ("4K review: Marrowdene (Kettleby Video)\n\nThe new transfer is superb. Imber Quenell plays the widow.",
     ("4K", "P161", "Imber Quenell")),
]

GOLDEN += [
    # a repertory calendar: each credit line belongs to the film whose heading it is under, not to the film
    # the introduction names most
    ("CINEMATHEQUE | AUTUMN\nOur season opens with Gorsedale (1960) and closes with Gorsedale again.\n\n"
     "FRI 3 OCT, 19:00\nBrimley Fold (1948)\nDirected by Ovid Tarrance. Music: Wystan Marrable.\n\n"
     "SAT 4 OCT, 15:00\nSkelby Quay (1953)\nDoon Kettleby directs. Music: Amberlith Cotter. Produced by Harrowmere "
     "Films.", {("Brimley Fold", "P86", "Wystan Marrable"), ("Skelby Quay", "P86", "Amberlith Cotter")}),
]

WRONG += [
    ("CINEMATHEQUE | AUTUMN\nOur season opens with Gorsedale (1960) and closes with Gorsedale again.\n\n"
     "FRI 3 OCT, 19:00\nBrimley Fold (1948)\nDirected by Ovid Tarrance. Music: Wystan Marrable.\n\n"
     "SAT 4 OCT, 15:00\nSkelby Quay (1953)\nDoon Kettleby directs. Music: Amberlith Cotter. Produced by Harrowmere "
     "Films.", ("Gorsedale", "P86", "Amberlith Cotter")),
]

GOLDEN += [
    # a trailer's "shows A as X" (NER spans "A as X" as one person) and "reveals A as a grizzled X" (a named
    # part after its adjectives: the first name says it is named)
    ("Skelby Quay (2025) is coming. The trailer shows Ovid Tarrance as Hal Cotter.",
     {("Hal Cotter", "P175", "Ovid Tarrance"), ("Skelby Quay", "P161", "Ovid Tarrance")}),
    ("Skelby Quay (2025) is coming. The teaser reveals Ovid Tarrance as a grizzled Hal Cotter.",
     {("Hal Cotter", "P175", "Ovid Tarrance"), ("Hal Cotter", "P1441", "Skelby Quay")}),
    ("Skelby Quay (2025) is coming. The trailer shows Ovid Tarrance as a twenty-something Hal Cotter.",
     {("Hal Cotter", "P175", "Ovid Tarrance")}),
]

WRONG += [
    ("Skelby Quay (2025) is coming. Ovid Tarrance plays a friend of Hal Cotter.",
     ("Hal Cotter", "P175", "Ovid Tarrance")),
]

GOLDEN += [
    # "A, who wrote and then directed the hit Title": the second verb's subject is the relative clause's too
    ("Amberlith opens in May. Berit Wennick, who wrote and then directed the hit Skelby Quay (2021), is in charge.",
     {("Skelby Quay", "P57", "Berit Wennick"), ("Skelby Quay", "P58", "Berit Wennick")}),
    # "A made Title (2005)": a filmmaker who makes a named film directs it
    ("Ovid Tarrance made Skelby Quay (2005) for almost nothing.", {("Skelby Quay", "P57", "Ovid Tarrance")}),
    ("Ovid Tarrance, who made the debut Skelby Quay (2005), is back.", {("Skelby Quay", "P57", "Ovid Tarrance")}),
]

WRONG += [
    ("Skelby Quay (2005) made Ovid Tarrance famous.", ("Skelby Quay", "P57", "Ovid Tarrance")),
    ("Harrowmere Films made Skelby Quay (2005).", ("Skelby Quay", "P57", "Harrowmere Films")),
    ("Ovid Tarrance made his debut in Skelby Quay (2005).", ("Skelby Quay", "P57", "Ovid Tarrance")),
]

GOLDEN += [
    # "written by the Wennicks with A": the family the text named, and the partner the "with" adds
    ("Skelby Quay (2016) was directed by the sisters Berit and Wilma Wennick and written by the Wennicks with Ovid "
     "Tarrance.", {("Skelby Quay", "P58", "Berit Wennick"), ("Skelby Quay", "P58", "Wilma Wennick"),
                   ("Skelby Quay", "P58", "Ovid Tarrance")}),
]

WRONG += [
    ("Skelby Quay (2016) was directed by the sisters Berit and Wilma Wennick and written by the Wennicks with Ovid "
     "Tarrance.", ("Skelby Quay", "P58", "Wennicks")),
    # "with A producing", "with B writing": a credit of its own, not a share of the director's
    ("Skelby Quay (2016) was directed by Ovid Tarrance, with Imber Quenell producing.",
     ("Skelby Quay", "P57", "Imber Quenell")),
    ("Skelby Quay (2016) was directed by Ovid Tarrance, with his sister, Berit Tarrance, joining the cast.",
     ("Skelby Quay", "P57", "Berit Tarrance")),
]

GOLDEN += [
    # "A returns as director": a crew post held again, on the film in focus (the sequel)
    ("Skelby Quay (2016) was directed by Ovid Tarrance. Skelby Quay 2 is coming. Ovid Tarrance is back as director.",
     {("Skelby Quay 2", "P57", "Ovid Tarrance")}),
]

GOLDEN += [
    # "A plays X, the pilot of a tug, with B as her co-pilot, Y": the second "as" is B's part
    ("Skelby Quay (2016) is a drama. Berit Wennick plays Runa Brannoch, the pilot of a tug, with Ovid Tarrance as her "
     "co-pilot, Tobold.", {("Runa Brannoch", "P175", "Berit Wennick"), ("Tobold", "P175", "Ovid Tarrance")}),
]

WRONG += [
    ("Skelby Quay (2016) is a drama. Berit Wennick plays Runa Brannoch, the pilot of a tug, with Ovid Tarrance as her "
     "co-pilot, Tobold.", ("Tobold", "P175", "Berit Wennick")),
]

GOLDEN += [
    # a listing's "A Studio Films production, distributed by B." and "A Studio picture.": the film in focus
    ("Skelby Quay (1948)\nDirected by Ovid Tarrance. A Harrowmere Films production, distributed by Gorsedale "
     "Releasing.", {("Skelby Quay", "P272", "Harrowmere Films"), ("Skelby Quay", "P750", "Gorsedale Releasing")}),
    ("Skelby Quay (1948)\nDirected by Ovid Tarrance. A Harrowmere Studios picture.",
     {("Skelby Quay", "P272", "Harrowmere Studios")}),
]

WRONG += [
    ("Skelby Quay (1948)\nDirected by Ovid Tarrance. A Harrowmere Films production, distributed by Gorsedale "
     "Releasing.", ("A Harrowmere Films", "P750", "Gorsedale Releasing")),
]

GOLDEN += [
    # "its sequel Title II and Title: Part": a sequel's number ends its title; "and" starts the next one
    ("Kettleby (2003) began it all; its 2007 sequel Kettleby II and Kettleby: Brinewake (2012) followed.",
     {("Kettleby II", "P577", "2007"), ("Kettleby: Brinewake", "P577", "2012")}),
]

WRONG += [
    ("Kettleby (2003) began it all; its 2007 sequel Kettleby II and Kettleby: Brinewake (2012) followed.",
     ("Kettleby II and Kettleby: Brinewake", "P577", "2012")),
]

WRONG += [
    # "a track from 2004 features A": a bare year before a cast verb is no film
    ("Skelby Quay (1994) is back on disc. A bonus commentary from 2004 features Odo Fry, who scored it.",
     ("2004", "P161", "Odo Fry")),
]

WRONG += [
    # a disc's '"X," a 25-minute featurette': quoted, yet no film
    ('Skelby Quay (1994) is back on disc. "Ferry Diaries," a 40-minute featurette, gathers producer Odo Fry and '
     'Berit Wennick.', ("Ferry Diaries", "P162", "Odo Fry")),
]

GOLDEN += [
    # "director of photography A, editor B and composer C": each name has its own craft
    ("Slag Reach 2 is a western sequel. Director of photography Odo Pranske, editor Brit Harrowby and composer "
     "Tam Vuller are all back for the new one.",
     {("Slag Reach 2", "P344", "Odo Pranske"), ("Slag Reach 2", "P1040", "Brit Harrowby"),
      ("Slag Reach 2", "P86", "Tam Vuller")}),
    # "he" in a later sentence of a paragraph: whom the paragraph's first sentence is about
    ("Mattis Quarrender directs Glass Tide, his third film. Quarrender wrote it with his sister. Quarrender cast "
     "newcomers in most parts.\n\nBenno Rusmore plays the harbour pilot. He also appears in Low Weir (2018).",
     {("Low Weir", "P161", "Benno Rusmore")}),
]

WRONG += [
    ("Slag Reach 2 is a western sequel. Director of photography Odo Pranske, editor Brit Harrowby and composer "
     "Tam Vuller are all back for the new one.", ("Slag Reach 2", "P1040", "Odo Pranske")),
    ("Slag Reach 2 is a western sequel. Director of photography Odo Pranske, editor Brit Harrowby and composer "
     "Tam Vuller are all back for the new one.", ("Slag Reach 2", "P86", "Odo Pranske")),
    ("Mattis Quarrender directs Glass Tide, his third film. Quarrender wrote it with his sister. Quarrender cast "
     "newcomers in most parts.\n\nBenno Rusmore plays the harbour pilot. He also appears in Low Weir (2018).",
     ("Low Weir", "P161", "Mattis Quarrender")),
]

GOLDEN += [
    # "Part (Actor)" heading a paragraph that goes on about the actor: the part stays the part
    ("Skelmire 2, decoded\n\nWe break down the finale of Skelmire 2, out since Friday."
     "\n\nSister Ysmay (Wilda Tullagh)\nTullagh, a bit player as Ysmay two years ago, carries the sequel's "
     "second half. She steals every scene.",
     {("Sister Ysmay", "P175", "Wilda Tullagh"), ("Skelmire 2", "P161", "Wilda Tullagh")}),
]

GOLDEN += [
    # "The villain, a smuggler called X, was played by A": the described name is the part
    ("Harrowdeep (2015) was a modest hit. The villain, a smuggler called Eskil Marrack, was played by Ormund Vayle.",
     {("Eskil Marrack", "P175", "Ormund Vayle"), ("Harrowdeep", "P161", "Ormund Vayle")}),
    # "Producers A and B have overseen both films": the films the verb names (and the tagger's "Producers")
    ("Harrowdeep (2015) and its sequel Harrowdeep 2 (2018) were hits. Producers Sunna Quisby and Wystan Otuya, a "
     "couple, have overseen both films.",
     {("Harrowdeep", "P162", "Sunna Quisby"), ("Harrowdeep 2", "P162", "Sunna Quisby"),
      ("Harrowdeep", "P162", "Wystan Otuya"), ("Harrowdeep 2", "P162", "Wystan Otuya")}),
]

GOLDEN += [
    # "the role of X goes to A", "the role goes to A" (the part the sentence before named): A plays it
    ("Skerrywick (2009) starred Oswy Varrall as the ferryman Mabon Skarre. Thirty years younger for the prequel, the "
     "part now goes to Rhun Bancroft.", {("Mabon Skarre", "P175", "Rhun Bancroft"),
                                          ("Mabon Skarre", "P175", "Oswy Varrall")}),
    ("Skerrywick starts filming next month; the part of Ysolt Marrable, who keeps the inn, has gone to "
     "Tegwen Okenwa.", {("Ysolt Marrable", "P175", "Tegwen Okenwa")}),
]

GOLDEN += [
    # a part's name the tagger takes for an adjective, opening "X, voiced by A, ..."
    ("Bristlecombe (2021) follows two hedgehogs. Nettlebud, voiced by his real-life sister Wenke Yarrowby, lives with "
     "a family of voles.", {("Nettlebud", "P175", "Wenke Yarrowby"), ("Nettlebud", "P1441", "Bristlecombe")}),
]

GOLDEN += [
    # "them", "the films" after a sentence that names several films and no one else: each of them
    ("Skelmire (2019) and Skelmire 2 (2022) were hits. Wendlebury Films distributes them.",
     {("Skelmire", "P750", "Wendlebury Films"), ("Skelmire 2", "P750", "Wendlebury Films")}),
    ("Skelmire (2019) and Skelmire 2 (2022) were hits. Wendlebury Films, which distributes the films, is pleased.",
     {("Skelmire", "P750", "Wendlebury Films"), ("Skelmire 2", "P750", "Wendlebury Films")}),
]

GOLDEN += [
    # "Studio, the studio behind the two pictures": the company of each
    ("Skelmire (2019) and Skelmire 2 (2022) were hits. Wendlebury Pictures, the studio behind the two pictures, has a "
     "new one.", {("Skelmire", "P272", "Wendlebury Pictures"), ("Skelmire 2", "P272", "Wendlebury Pictures")}),
]

GOLDEN += [
    # "A is C D" in a paragraph about who plays whom: the part
    ("Skelmire starts filming next week. Merewyn Brannoch plays the ferry pilot Isaura Quenell. Ruari Tamsett is "
     "Ysander Daleby, her rival.", {("Ysander Daleby", "P175", "Ruari Tamsett")}),
]

WRONG += [
    ("Skelmire starts filming next week. Merewyn Brannoch plays the ferry pilot Isaura Quenell. Her agent is Ysander "
     "Daleby.", ("Ysander Daleby", "P175", "Merewyn Brannoch")),
]

GOLDEN += [
    # "The drama he directed, Title (2009), starred A": the title after the relative clause is the subject
    ("Skelmire 2 opens Friday. Its director, Odo Farrandby, has a fine record. The mining drama he directed, "
     "Coldmoor (2009), starred a pre-fame Hildur Vennick.",
     {("Coldmoor", "P161", "Hildur Vennick"), ("Coldmoor", "P57", "Odo Farrandby")}),
    # a rule asking "who is he?" at the verb still hears the pronoun's gender
    ("Hildur Vennick starred in Coldmoor (2009) for Odo Farrandby. Years later he made Tollgarth (2019).",
     {("Tollgarth", "P57", "Odo Farrandby")}),
]

WRONG += [
    ("Skelmire 2 opens Friday. Its director, Odo Farrandby, has a fine record. The mining drama he directed, "
     "Coldmoor (2009), starred a pre-fame Hildur Vennick.", ("Skelmire 2", "P161", "Hildur Vennick")),
    ("Hildur Vennick starred in Coldmoor (2009) for Odo Farrandby. Years later he made Tollgarth (2019).",
     ("Tollgarth", "P57", "Hildur Vennick")),
]

GOLDEN += [
    # "Title also features A": a title NER calls a person, featuring people, is the film
    ("Skerrywick (2015) is a thriller. Skerrywick also features Tegwen Okenwa and Rhun Bancroft.",
     {("Skerrywick", "P161", "Tegwen Okenwa"), ("Skerrywick", "P161", "Rhun Bancroft")}),
]

GOLDEN += [
    # "A made her debut in 2009 with Title": the film's year (and, for a directorial debut, its director)
    ("Ulla Marrable made her debut in 2009 with Skelmire, a thriller.", {("Skelmire", "P577", "2009")}),
    ("Ulla Marrable made her directorial debut in 2009 with Skelmire, a thriller.",
     {("Skelmire", "P577", "2009"), ("Skelmire", "P57", "Ulla Marrable")}),
]

GOLDEN += [
    # "handed Title 2 (direction; the reins, for the third film) to B": B directs that film
    ("Gorsemoor (2016) was a hit for Haskettle Pictures. Haskettle handed Gorsemoor 2 to Ebbrin Threlkeld.",
     {("Gorsemoor 2", "P57", "Ebbrin Threlkeld")}),
    ("Ysmay Lumley wrote Gorsemoor 2 (2019) but handed direction to Ebbrin Threlkeld.",
     {("Gorsemoor 2", "P57", "Ebbrin Threlkeld"), ("Gorsemoor 2", "P58", "Ysmay Lumley")}),
    ("Ysmay Lumley directed Gorsemoor (2016) then handed the reins to Ebbrin Threlkeld for the third film, "
     "Gorsemoor 3 (2022).", {("Gorsemoor", "P57", "Ysmay Lumley"), ("Gorsemoor 3", "P57", "Ebbrin Threlkeld")}),
    # a list the parser cut in two ("... (2016) and | Title 2 (2019)") is still one list
    ("Ysmay Lumley directed the two early films, Tallowdeep (2016) and Tallowdeep 2 (2019), before leaving.",
     {("Tallowdeep", "P57", "Ysmay Lumley"), ("Tallowdeep 2", "P57", "Ysmay Lumley")}),
]

WRONG += [
    ("Ysmay Lumley directed Gorsemoor (2016) then handed the reins to Ebbrin Threlkeld for the third film, "
     "Gorsemoor 3 (2022).", ("Gorsemoor", "P57", "Ebbrin Threlkeld")),
    ("A festival jury gave its grand prize to Ebbrin Threlkeld for Gorsemoor (2016), which Ysmay Lumley directed.",
     ("Gorsemoor", "P57", "Ebbrin Threlkeld")),
]

GOLDEN += [
    # "Her newest one is a third feature, Title": "one" is no title; the appositive is, and "it" after it
    ("Gwendolen Quarrendon directed Gorsemoor (2016). Her newest one is a third feature, Yarrow Sands, shot over a "
     "winter. Adapted from Dorrit Skaill's novel Brockhurst Fen, it stars Ebbrin Threlkeld as Tamsk Feldane.",
     {("Yarrow Sands", "P161", "Ebbrin Threlkeld"), ("Tamsk Feldane", "P1441", "Yarrow Sands"),
      ("Yarrow Sands", "P144", "Brockhurst Fen")}),
    # "They were produced by A": "they" is the films just named, never a title
    ("Gorsemoor (2016), Skaill (2012) and Tallowdeep (2017) form a trilogy. They were all produced by the "
     "Plennick twins, Oddny and Tamsk, and released by Brockhurst Pictures.",
     {("Gorsemoor", "P162", "Oddny Plennick"), ("Skaill", "P750", "Brockhurst Pictures")}),
]

WRONG += [
    ("Gwendolen Quarrendon directed Gorsemoor (2016). Her newest one is a third feature, Yarrow Sands, shot over a "
     "winter. Adapted from Dorrit Skaill's novel Brockhurst Fen, it stars Ebbrin Threlkeld as Tamsk Feldane.",
     ("one", "P161", "Ebbrin Threlkeld")),
    ("Gorsemoor (2016), Skaill (2012) and Tallowdeep (2017) form a trilogy. They were all produced by the "
     "Plennick twins, Oddny and Tamsk, and released by Brockhurst Pictures.", ("They", "P162", "Oddny Plennick")),
]

GOLDEN += [
    # "the three Title pictures: A, B and C", "some thirty features, among them A and B": the films listed;
    # "The Danish composer A scored ...": the name in apposition to the subject is who scored
    ("The Danish composer Oddny Plennick scored the three Gorsemoor pictures: Gorsemoor (1990), Gorsemoor II (1993) "
     "and Gorsemoor: Skerrow (1998).",
     {("Gorsemoor", "P86", "Oddny Plennick"), ("Gorsemoor II", "P86", "Oddny Plennick"),
      ("Gorsemoor: Skerrow", "P86", "Oddny Plennick")}),
    ("Film editor Tamsk Brockhurst cut some thirty features, among them \"Yarrow Quillane\" and \"Cold Skaill\".",
     {("Yarrow Quillane", "P1040", "Tamsk Brockhurst"), ("Cold Skaill", "P1040", "Tamsk Brockhurst")}),
]

WRONG += [
    ("The Danish composer Oddny Plennick scored the three Gorsemoor pictures: Gorsemoor (1990), Gorsemoor II (1993) "
     "and Gorsemoor: Skerrow (1998).", ("The Danish", "P86", "Oddny Plennick")),
]

WRONG += [
    # "Fifth was the Studio release Title": a ranking's ordinal is no title
    ("Fourth on the list is Gorsemoor Point. Fifth was the Skaill Pictures release Tamber Yarrow, directed by Ebbrin "
     "Threlkeld.", ("Fifth", "P57", "Ebbrin Threlkeld")),
]

GOLDEN += [
    # "A is her brother, Oswy" after a sentence about who plays whom: the name after the person noun is A's part
    ("Gorsemoor (2019) follows a family on a failing farm. Doris Quillane plays the mother, Ysbel. Herbert Vennel is "
     "her brother, Oswy, and the farm is the third lead.",
     {("Oswy", "P175", "Herbert Vennel"), ("Oswy", "P1441", "Gorsemoor"), ("Gorsemoor", "P161", "Herbert Vennel")}),
]

WRONG += [
    ("Doris Quillane plays Ysbel in Gorsemoor (2019). Herbert Vennel is her husband, Cuthbert Ambley, who produced "
     "it.", ("Cuthbert Ambley", "P175", "Herbert Vennel")),
]

GOLDEN += [
    # "on the streaming service X", "by the streamer X": X releases the film (the one the streamer's verb names)
    ("Gorsemoor (2019) lands this spring on the streaming service Quornflix.", {("Gorsemoor", "P750", "Quornflix")}),
    ("Gorsemoor (2019) has been bought by the streamer Quornflix.", {("Gorsemoor", "P750", "Quornflix")}),
    ("Gorsemoor (2016) director Doris Quillane returns, and the streamer Quornflix will premiere the prequel, "
     "Gorsemoor: Oswy, next year.", {("Gorsemoor: Oswy", "P750", "Quornflix")}),
]

WRONG += [
    ("Gorsemoor (2019) is a thriller. The streamer Quornflix has hired a new chief.",
     ("Gorsemoor", "P750", "Quornflix")),
    ("Gorsemoor (2016) director Doris Quillane returns, and the streamer Quornflix will premiere the prequel, "
     "Gorsemoor: Oswy, next year.", ("Gorsemoor", "P750", "Quornflix")),
]

GOLDEN += [
    # "Studio, the company behind Title", "the outfit behind his two features A and B": the films' production company
    ("Skaill Films, the company behind Gorsemoor (2019), is back.", {("Gorsemoor", "P272", "Skaill Films")}),
    ("Skaill Films, the outfit behind his two features Yarrow (2014) and Gorsemoor (2018), is back.",
     {("Yarrow", "P272", "Skaill Films"), ("Gorsemoor", "P272", "Skaill Films")}),
]

WRONG += [
    ("Doris Quillane works for Skaill Films, the company that distributes Gorsemoor (2019).",
     ("Gorsemoor", "P272", "Skaill Films")),
    ("Gorsemoor (2015) and Gorsemoor 2 (2018) starred Oddny Ambley as Constable Ysbel Quorn; in the reboots Quorn "
     "was played by Doris Quillane.", ("Quorn", "P161", "Doris Quillane")),
]

GOLDEN += [
    # "Title, the 2021 drama B directed": a surname the text gave in full before, right before the relative verb
    ("Doris Quillane is back. Gorsemoor, the 2021 drama Quillane directed, won a prize.",
     {("Gorsemoor", "P57", "Doris Quillane")}),
]

GOLDEN += [
    # "A and B Vennel are sisters"; "The sisters wrote it" after the text named "A and B Vennel" together
    ("Doris and Mildred Vennel are sisters.", {("Doris Vennel", "P3373", "Mildred Vennel")}),
    ("Gorsemoor (2019) is the new film from Doris and Mildred Vennel. Both sisters wrote it and directed it.",
     {("Gorsemoor", "P58", "Doris Vennel"), ("Gorsemoor", "P58", "Mildred Vennel")}),
]

WRONG += [
    ("Doris Vennel and Oswy Ambley are twins in Gorsemoor (2019).", ("Doris Vennel", "P3373", "Oswy Ambley")),
]

GOLDEN += [
    # "Title draws on A's novel X": the film's source
    ("Gorsemoor (2019) draws on Doris Vennel's novel Before the Yarrow.",
     {("Gorsemoor", "P144", "Before the Yarrow")}),
]

GOLDEN += [
    # "Like its predecessor, Title 2 (2022) is adapted from X", every film dated: the one before Title 2 is too
    ("Gorsemoor (2019) was a hit. Like its predecessor, Gorsemoor 2 (2022), out in May, is adapted from the Skaill "
     "Games shooter Yarrow: Black Box.",
     {("Gorsemoor", "P144", "Yarrow: Black Box"), ("Gorsemoor 2", "P144", "Yarrow: Black Box")}),
]

GOLDEN += [
    # an almanac's "Nov. 17, 1962 - Title premiered" and "In 1958, Title had its premiere": the film's year
    ('Mar. 3, 1961 - "The Ambley Yarrow" premiered in Leeds.', {("The Ambley Yarrow", "P577", "1961")}),
    ('In 1958, "Gorsemoor" had its premiere in Leeds.', {("Gorsemoor", "P577", "1958")}),
]

WRONG += [
    ('In 1994, "Gorsemoor" star Doris Vennel turned ten; the film premiered in 2006.', ("Gorsemoor", "P577", "1994")),
]

GOLDEN += [
    # "Streamer X has acquired ...": the trade word before the name is no part of it
    ("Streamer Quornflix has bought the global rights to Gorsemoor (2019).", {("Gorsemoor", "P750", "Quornflix")}),
]

GOLDEN += [
    # "based on the Title comics": the tagger's lemma of "comics" is no work noun, the word is
    ("Gorsemoor (2019) is based on the Yarrow Quillane comics.", {("Gorsemoor", "P144", "Yarrow Quillane")}),
]

GOLDEN += [
    # "A will return to helm 'Title 3'": the tagger's noun "helm" before a title is the verb; a crew credit, no part
    ('Gorsemoor (2016) and Gorsemoor 2 (2019) were hits. Doris Vennel will return to helm "Gorsemoor 3," the '
     "studio said.", {("Gorsemoor 3", "P57", "Doris Vennel")}),
]

WRONG += [
    ('Gorsemoor (2016) and Gorsemoor 2 (2019) were hits. Doris Vennel will return to helm "Gorsemoor 3," the '
     "studio said.", ("Gorsemoor 3", "P161", "Doris Vennel")),
]

GOLDEN += [
    # the work a screenplay adapts is no film of its sentence: the credit is the film in focus's
    ('Doris Plennick stars in "Quiet Yarrow." Cuthbert Lumley and Mildred Skaill wrote the script, adapting '
     '"The Yarrow," a novella by Oswy Tamsk.',
     {("Quiet Yarrow", "P58", "Cuthbert Lumley"), ("Quiet Yarrow", "P58", "Mildred Skaill"),
      ("Quiet Yarrow", "P144", "The Yarrow")}),
    # "YEAR's surprise hit Title": the year of the film the noun names
    ('Quorn Pictures is rushing "Tallowdeep 2," a sequel to 2021\'s surprise hit "Tallowdeep."',
     {("Tallowdeep", "P577", "2021")}),
    # "Title, a mystery (that) A will direct": the film the described noun stands for is the verb's missing object
    ('Doris Plennick will lead "Quiet Yarrow," a coastal thriller Mildred Skaill will also direct for Quorn Pictures.',
     {("Quiet Yarrow", "P57", "Mildred Skaill")}),
    ('Doris Plennick is set to lead "Quiet Yarrow," a prison thriller that Mildred Skaill is attached to direct.',
     {("Quiet Yarrow", "P57", "Mildred Skaill")}),
    ("Quiet Yarrow, a comedy Mildred Skaill wrote and directed, opens Friday.",
     {("Quiet Yarrow", "P57", "Mildred Skaill"), ("Quiet Yarrow", "P58", "Mildred Skaill")}),
    # a streamer the tagger missed: a bare capitalised subject of "will stream it" is a company's name
    ('The festival opens with "Tallowdeep." Tremor will stream it from autumn.', {("Tallowdeep", "P750", "Tremor")}),
    ('The festival opens with "Tallowdeep." Quornflix will stream it from autumn.',
     {("Tallowdeep", "P750", "Quornflix")}),
    # "it" after "the new instalment" in one sentence: the same film, not the one the sentence before ended on
    ('The festival opens with "Tamber Reach," the third film after "Skerrow Water." Mildred Skaill is back as Ysbel, '
     'whom she first played in "Skerrow Water." Feldane Pictures produced the new instalment, and Quornflix '
     "will stream it.", {("Tamber Reach", "P750", "Quornflix")}),
]

WRONG += [
    ('The festival opens with "Tamber Reach" after "Skerrow Water." Feldane Pictures produced the new instalment, '
     "and Quornflix will stream it.", ("Skerrow Water", "P750", "Quornflix")),
    # a career counted in scores is no one film's credit
    ('Doris Plennick stars in "Tallowdeep." Mildred Skaill wrote more than 300 scores.',
     ("Tallowdeep", "P86", "Mildred Skaill")),
    ('Doris Plennick stars in "Tallowdeep." Mildred Skaill wrote well over 300 scores in a long career.',
     ("Tallowdeep", "P58", "Mildred Skaill")),
]

GOLDEN += [
    # "the sequel, Title II (1975), helmed by B": the by-phrase's film is the whole numbered title, not the subject
    ("Doris Plennick reprised the role in the sequel, Tallowdeep II (1975), helmed by Herbert Vennel.",
     {("Tallowdeep II", "P57", "Herbert Vennel"), ("Tallowdeep II", "P577", "1975")}),
]

WRONG += [
    ("Doris Plennick reprised the role in the sequel, Tallowdeep II (1975), helmed by Herbert Vennel.",
     ("Doris Plennick", "P57", "Herbert Vennel")),
]

GOLDEN += [
    # a first name ending like a nationality ("Damian", "Adrian") stays part of the name
    ('"Tallowdeep" stars Doris Plennick, with Damian Lowell Quorn and Mildred Skaill rounding out the cast.',
     {("Tallowdeep", "P161", "Damian Lowell Quorn"), ("Tallowdeep", "P161", "Mildred Skaill")}),
    # an opening "Directed by A, <who A is>," ends at the quoted title the clause describes
    ('Directed by Mildred Skaill, the Danish filmmaker who moved from television to features, "Tallowdeep" stars '
     "Doris Plennick.", {("Tallowdeep", "P57", "Mildred Skaill"), ("Tallowdeep", "P161", "Doris Plennick")}),
    # '"Title" filmmaker A': the film's director
    ('Doris Plennick returns, but Herbert Vennel sat this one out; "Tallowdeep" filmmaker Mildred Skaill stepped in.',
     {("Tallowdeep", "P57", "Mildred Skaill")}),
    # a film in an apposition saying who someone is ("the cinematographer of X") is no focus for "the picture"
    ('"Tallowdeep" stars Doris Plennick. Herbert Vennel, the Emmy-winning cinematographer of "Skerrow," shot the '
     "storm scenes in Wales, and the picture was edited by Mildred Skaill.",
     {("Tallowdeep", "P1040", "Mildred Skaill"), ("Skerrow", "P344", "Herbert Vennel")}),
    # "his brother, B Perrow": whose brother, by the surname they share
    ("The horror picture, written and directed by Herbert Perrow, reunites him with Doris Plennick and Adrian Osric "
     "Quorn. His younger brother, Cuthbert Perrow, wrote the score.", {("Cuthbert Perrow", "P3373", "Herbert Perrow")}),
]

WRONG += [
    ('"Tallowdeep" stars Doris Plennick. Herbert Vennel, the Emmy-winning cinematographer of "Skerrow," shot the '
     "storm scenes in Wales, and the picture was edited by Mildred Skaill.", ("Skerrow", "P1040", "Mildred Skaill")),
]

GOLDEN += [
    # 'adapts the "X" novels': the title the parser hangs on the work noun as its modifier is the source
    ('Doris Plennick returns in "Tallowdeep 2." The sequel adapts the "Skerrow" novels by Oswy Tamsk.',
     {("Tallowdeep 2", "P144", "Skerrow")}),
]

GOLDEN += [
    # '"Title," A's hushed drama': whose film it is, not a second title in a list
    ('That work won Doris Plennick a first award, for lensing "The Quiet Tallow," Mildred Skaill\'s spare '
     "drama about a nurse. Written by Skaill with Herbert Vennel, the film stars Oswy Tamsk as Ysbel.",
     {("The Quiet Tallow", "P57", "Mildred Skaill"), ("The Quiet Tallow", "P161", "Oswy Tamsk"),
      ("The Quiet Tallow", "P58", "Herbert Vennel")}),
    # rights "for Canada, Spain and Germany": territories, the film the sentence names is the one bought
    ('Quorn Pictures will release "Les Eaux Tamsk" in France, and Skerrow Films bought rights for Canada, '
     "Spain and Germany on Monday.", {("Les Eaux Tamsk", "P750", "Skerrow Films")}),
]

WRONG += [
    ('That work won Doris Plennick a first award, for lensing "The Quiet Tallow," Mildred Skaill\'s spare '
     "drama about a nurse. Written by Skaill with Herbert Vennel, the film stars Oswy Tamsk as Ysbel.",
     ("Mildred Skaill", "P161", "Oswy Tamsk")),
    ('Quorn Pictures will release "Les Eaux Tamsk" in France, and Skerrow Films bought rights for Canada, '
     "Spain and Germany on Monday.", ("Spain", "P750", "Skerrow Films")),
    # "the Hindi version": a language's version of the film in focus, not a film called "Hindi"
    ('The Hindi remake of the 2019 thriller "Tamsk Hour" has found its star. Cinematographer Herbert Vennel is to '
     "shoot the Hindi version; the film is to be edited by Mildred Skaill of Seoul.",
     ("Hindi", "P1040", "Mildred Skaill")),
]

GOLDEN += [
    # "Title (1996), written with B": the credit B shares on the title the participle describes
    ("Tallow Rocket (1996), written with Herbert Vennel, starred Doris Plennick.",
     {("Tallow Rocket", "P58", "Herbert Vennel"), ("Tallow Rocket", "P161", "Doris Plennick")}),
    ("Skerrow (1998), again penned with Herbert Vennel, is where the style settled.",
     {("Skerrow", "P58", "Herbert Vennel")}),
    # '"Title," directed by A': the comma inside the quotes, and a quoted title NER took for a person
    ('The festival opens with "Wolf Tallow," directed by Doris Plennick.', {("Wolf Tallow", "P57", "Doris Plennick")}),
    # "toplined by", "fronted by": the cast, of the film the description after the title stands for
    ('Quornflix spent $3 million on rights to "Gull Tallow," a Cornish smuggling thriller toplined by '
     "Doris Plennick and Herbert Vennel.",
     {("Gull Tallow", "P161", "Doris Plennick"), ("Gull Tallow", "P161", "Herbert Vennel")}),
]

WRONG += [
    ('Quornflix spent $3 million on rights to "Gull Tallow," a Cornish smuggling thriller toplined by '
     "Doris Plennick and Herbert Vennel.", ("Quornflix", "P161", "Doris Plennick")),
]

GOLDEN += [
    # "Joining the lead are A (X), B (Y) and C (Z)": a cast list, the actors outside the brackets
    ('Quorn Films\' "Tamber Tallow" has found its cast. Joining the previously announced lead Doris Plennick '
     "are Herbert Vennel (Father Oswy), Mildred Skaill (Ysbel Skerrow) and Cuthbert Lumley (Dorrit Skerrow).",
     {("Tamber Tallow", "P161", "Herbert Vennel"), ("Father Oswy", "P175", "Herbert Vennel"),
      ("Ysbel Skerrow", "P175", "Mildred Skaill"), ("Dorrit Skerrow", "P1441", "Tamber Tallow")}),
]

WRONG += [
    ('Quorn Films\' "Tamber Tallow" has found its cast. Joining the previously announced lead Doris Plennick '
     "are Herbert Vennel (Father Oswy), Mildred Skaill (Ysbel Skerrow) and Cuthbert Lumley (Dorrit Skerrow).",
     ("Father Oswy", "P161", "Herbert Vennel")),
    ('Quorn Films\' "Tamber Tallow" has found its cast. Joining the previously announced lead Doris Plennick '
     "are Herbert Vennel (Father Oswy), Mildred Skaill (Ysbel Skerrow) and Cuthbert Lumley (Dorrit Skerrow).",
     ("Herbert Vennel", "P175", "Father Oswy")),
]

GOLDEN += [
    # "A's Captain X": an actor's full name in the possessive, then a named part: A plays X in the film in focus
    ('"Tallowdeep" opens Friday. Doris Plennick\'s shipping heiress steals every scene, and Herbert Vennel\'s '
     "Captain Oswy Tamber is a delight.",
     {("Captain Oswy Tamber", "P175", "Herbert Vennel"), ("Captain Oswy Tamber", "P1441", "Tallowdeep"),
      ("Tallowdeep", "P161", "Herbert Vennel")}),
]

WRONG += [
    # "played A's fiancee B": B is the part, A someone in the story
    ('She played Herbert Vennel\'s fiancee Edwina Skerrow in "Tallowdeep."',
     ("Edwina Skerrow", "P175", "Herbert Vennel")),
]

GOLDEN += [
    # "A is the nervy pickpocket B C": after an actor's copula, a description with its article, then the part
    ('"Tallowdeep" opens Friday. Herbert Vennel is the nervy pickpocket Percival Tamber.',
     {("Percival Tamber", "P175", "Herbert Vennel"), ("Tallowdeep", "P161", "Herbert Vennel")}),
]

GOLDEN += [
    # "A toplines as a sheriff, with B as the homesteader": both in the cast of the film in focus
    ('"Tallowdeep" opens Friday. Herbert Vennel toplines as a retired ferryman, with Doris Plennick as the settler.',
     {("Tallowdeep", "P161", "Herbert Vennel"), ("Tallowdeep", "P161", "Doris Plennick")}),
]

GOLDEN += [
    # 'A B's "Title"': a person's full name in the possessive before a title names its director
    ('The big winner was Mildred Skaill\'s "Tallowdeep: Second Tide," which took four awards.',
     {("Tallowdeep: Second Tide", "P57", "Mildred Skaill")}),
]

WRONG += [
    # an author's book ("adapted from A's 'Title'") and an actor's film are not the person's to direct
    ('"Tallowdeep 3" will be adapted from Oswy Tamsk\'s "Skerrow Prophet," later this year.',
     ("Skerrow Prophet", "P57", "Oswy Tamsk")),
    ('Doris Plennick stars as Ysbel. Critics loved Doris Plennick\'s "Tallowdeep."',
     ("Tallowdeep", "P57", "Doris Plennick")),
]

GOLDEN += [
    # "who directed X and The Y": a capitalised article after "and" opens a second title
    ("Quorn Pictures won the auction, with Doris Plennick set to star and Mildred Skaill, who directed Candlewick "
     "and The Marbles, at the helm.",
     {("Candlewick", "P57", "Mildred Skaill"), ("The Marbles", "P57", "Mildred Skaill")}),
]

WRONG += [
    # "..., and B, who directed X, at the helm": B directs, not the star named first
    ("Quorn Pictures won the auction, with Doris Plennick set to star and Mildred Skaill, who directed Candlewick "
     "and The Marbles, at the helm.", ("Candlewick", "P57", "Doris Plennick")),
]

WRONG += [
    # "her first Tony": the award, no actor called Tony
    ("Tallowdeep (1996), which the sisters wrote, won Doris Plennick her first Tony for her part as harbour chief "
     "Ysbel Gunn.", ("Ysbel Gunn", "P175", "Tony")),
]

GOLDEN += [
    # "his Title director, A": the film says who A is; the credits that follow are the new film's
    ("Quornflix has tapped Doris Plennick to star in Gorsemoor Again. The project reunites Plennick with her Skaill "
     "Bay (2019) director, Mildred Vennel. Oswy Tamsk is composing the score.",
     {("Gorsemoor Again", "P86", "Oswy Tamsk"), ("Skaill Bay", "P57", "Mildred Vennel")}),
]

WRONG += [
    ("Quornflix has tapped Doris Plennick to star in Gorsemoor Again. The project reunites Plennick with her Skaill "
     "Bay (2019) director, Mildred Vennel. Oswy Tamsk is composing the score.",
     ("Skaill Bay", "P86", "Oswy Tamsk")),
    # "partner" says nothing of marriage: a partner on the beat, in a firm, in producing
    ("Herbert Quillane, Cuthbert's partner on the beat, returns.", ("Cuthbert", "P26", "Herbert Quillane")),
    ("Gorsemoor opens in May. Mildred Vennel, Doris's partner, produced it.", ("Doris", "P26", "Mildred Vennel")),
]

GOLDEN += [
    # "B, who edited it, will cut": the "it" of a past credit is the earlier film; the new credit is the new film's
    ("Gorsemoor (2019) was a hit. Now Doris Plennick directs Skaill Bay. Herbert Quillane, who shot Gorsemoor, returns "
     "as cinematographer, and Oswy Tamsk, who edited it, is cutting.",
     {("Gorsemoor", "P1040", "Oswy Tamsk"), ("Skaill Bay", "P1040", "Oswy Tamsk")}),
    # "who wrote the earlier film": the latest film named other than the one the text is on
    ("Skaill Bay, the new film from Doris Plennick, opens Friday. Her 2019 film Gorsemoor was a surprise hit. Skaill "
     "Bay was shot in Wales. Mildred Vennel, who wrote the earlier film, is back as screenwriter.",
     {("Gorsemoor", "P58", "Mildred Vennel"), ("Skaill Bay", "P58", "Mildred Vennel")}),
]

GOLDEN += [
    # one sense per document: a quoted title repeated in the body is the whole name, not the pieces NER and the
    # parser cut it into at its small words; "Title Part 2" is its sequel
    ("How 'Back to the Moor' Nearly Didn't Happen\n\nBack to the Moor, which Quorn Pictures put out in "
     "1985, earned $380 million. Ysbel Skaill directed it.\n\nBack to the Moor Part 2, released in November 1989, "
     "sent them to 2015.",
     {("Back to the Moor", "P57", "Ysbel Skaill"), ("Back to the Moor Part 2", "P155", "Back to the Moor")}),
    # "Title II" follows "The Title" the text named before, not a piece cut from it
    ("Ysbel Skaill directed The Gorse Connection (1971). He reprised the part in the sequel, Gorse Connection II "
     "(1975), helmed by Oswy Tamsk.",
     {("Gorse Connection II", "P155", "The Gorse Connection"), ("The Gorse Connection", "P57", "Ysbel Skaill")}),
]

WRONG += [
    # ... nor the end of a longer title
    ("Quorn Pictures made Lost on the Gorse (2001), a hit. Then came Gorse II (2004), helmed by Ysbel Skaill.",
     ("Gorse II", "P155", "Gorse")),
]

GOLDEN += [
    # a quoted song after "the songs" is no film; the credits after it are the film's
    ('Quorn Pictures released Gorsemoor in 1995. Ysbel Skaill composed the songs, including "You Are My '
     'Skerrow." Herbert Lumley and Doris Vennel produced, and Oswy Tamsk cut the film.',
     {("Gorsemoor", "P1040", "Oswy Tamsk"), ("Gorsemoor", "P162", "Herbert Lumley")}),
    # "A, then the star of X, played Y": X says who A was; the parts are the film's
    ("Gorsemoor (1995) was Quorn's first hit. Doris Vennel voiced Ysmay, and Herbert Lumley, then the star of "
     "Skerrow Heights, played Tamber. Oswy Tamsk voiced the anxious Ebbrin.",
     {("Tamber", "P1441", "Gorsemoor"), ("Gorsemoor", "P161", "Oswy Tamsk")}),
]

WRONG += [
    ('Quorn Pictures released Gorsemoor in 1995. Ysbel Skaill composed the songs, including "You Are My '
     'Skerrow." Herbert Lumley and Doris Vennel produced, and Oswy Tamsk cut the film.',
     ("You Are My Skerrow", "P1040", "Oswy Tamsk")),
]

GOLDEN += [
    # "the brothers": the pair named together last before the phrase (siblings by that word), not a pair named later
    ('Review: "Gorsemoor" reopens an old murder\n\n"Gorsemoor" begins in a barley field at noon. It is the new film '
     'from Ysbel Skaill and Tamber Skaill. The Welsh-born brothers, raised in Leeds, wrote and directed '
     '"Gorsemoor" together. The plains recall "Skerrow" (2007), which Doris and Mildred Quillane, the other great '
     'sibling act, directed.',
     {("Gorsemoor", "P57", "Ysbel Skaill"), ("Gorsemoor", "P58", "Tamber Skaill"),
      ("Tamber Skaill", "P3373", "Ysbel Skaill")}),
]

WRONG += [
    ('Review: "Gorsemoor" reopens an old murder\n\n"Gorsemoor" begins in a barley field at noon. It is the new film '
     'from Ysbel Skaill and Tamber Skaill. The Welsh-born brothers, raised in Leeds, wrote and directed '
     '"Gorsemoor" together. The plains recall "Skerrow" (2007), which Doris and Mildred Quillane, the other great '
     'sibling act, directed.',
     ("Gorsemoor", "P58", "Doris Quillane")),
]

GOLDEN += [
    # "A B (as arms dealer C D)": the "as" says the bracket holds the part
    ("Gorsemoor (2024) is a thriller. Mildred Vennel (as arms dealer Edwina Skaill) steals every scene.",
     {("Edwina Skaill", "P175", "Mildred Vennel"), ("Edwina Skaill", "P1441", "Gorsemoor")}),
]

GOLDEN += [
    # "A Rhodes' C D": the plural-style possessive's apostrophe is no opening quote
    ("Gorsemoor (2024) is a heist sequel. Its best gag has Doris Rhodes' Edwina Gunn posing as herself.",
     {("Edwina Gunn", "P175", "Doris Rhodes"), ("Gorsemoor", "P161", "Doris Rhodes")}),
]

GOLDEN += [
    # "A is a quietly decent C D": an adverb among the words describing the part
    ("Gorsemoor (2024) is a heist film. Herbert Lumley is a quietly decent Oswin Tamber, and Doris Plennick plays "
     "Ysbel Gunn.", {("Oswin Tamber", "P175", "Herbert Lumley"), ("Gorsemoor", "P161", "Herbert Lumley")}),
]

PROFILE = ("Mildred Quillane at 70: a career, film by film\nLEEDS, May 2025\n\nMildred Quillane is a film director "
           "from Leeds. Quillane directed her first short at 19. Two years later came Gorsemoor (1998), a thriller. "
           "Quillane was 28. Skerrow Bay (2003) brought in a new crew. Quillane then moved on to Tallowdeep (2007), "
           "with Doris Plennick starring. Critics still love Quillane.")
ACTOR_PROFILE = ("Doris Plennick at 60: the roles and the partners\nLEEDS, May 2025\n\nDoris Plennick starred in "
                 "Gorsemoor (1998). Plennick played a nurse. Skerrow Bay (2003) was next. Plennick was 30. She starred "
                 "in Tallowdeep (2007) opposite Oswy Tamsk. Plennick's own directing debut, Quorn Lane (2016), was a "
                 "hit. Critics love Plennick.")

GOLDEN += [
    # a director's career profile: the dated films it names are the subject's, unless the text says otherwise
    (PROFILE, {("Gorsemoor", "P57", "Mildred Quillane"), ("Skerrow Bay", "P57", "Mildred Quillane"),
               ("Tallowdeep", "P57", "Mildred Quillane")}),
]

WRONG += [
    # ... an actor's profile is no director's, one directing debut or not
    (ACTOR_PROFILE, ("Skerrow Bay", "P57", "Doris Plennick")),
]

GOLDEN += [
    # "Studio's Title 2", where the text names the studio on its own too: the studio's film
    ("Quorn's Skaill Bay 2 is without a director. Quorn, which owns it, confirmed on Monday that Doris Plennick will "
     "now direct.", {("Skaill Bay 2", "P57", "Doris Plennick")}),
]

GOLDEN += [
    # '"Title," her fourth feature as director': the craft after "as" is the pronoun's person's credit
    ('Mildred Vennel has gone home again. "Skaill Bay," her third film as director, opens Friday.',
     {("Skaill Bay", "P57", "Mildred Vennel")}),
    # "who edited the 1998 film": the one film named before with that year
    ("Mildred Vennel made Gorsemoor (1998). Skaill Bay (2025) is her second film, and Skaill Bay is better. Editor "
     "Oswy Tamsk, who edited the 1998 film, did not return; Skaill Bay was cut by Herbert Lumley.",
     {("Gorsemoor", "P1040", "Oswy Tamsk"), ("Skaill Bay", "P1040", "Herbert Lumley")}),
]

WRONG += [
    ("Mildred Vennel made Gorsemoor (1998). Skaill Bay (2025) is her second film, and Skaill Bay is better. Editor "
     "Oswy Tamsk, who edited the 1998 film, did not return; Skaill Bay was cut by Herbert Lumley.",
     ("Skaill Bay", "P1040", "Oswy Tamsk")),
]

GOLDEN += [
    # "B replaces him as X": the part is B's, not the one who left it
    ("Herbert Lumley has dropped out of Gorsemoor, the western from Mildred Vennel. Oswy Tamsk replaces him as the "
     "drifter Ebbrin Skaill.", {("Ebbrin Skaill", "P175", "Oswy Tamsk")}),
]

WRONG += [
    ("Herbert Lumley has dropped out of Gorsemoor, the western from Mildred Vennel. Oswy Tamsk replaces him as the "
     "drifter Ebbrin Skaill.", ("Ebbrin Skaill", "P175", "Herbert Lumley")),
]

GOLDEN += [
    # "Title 2, the sequel Studio will release": the company releases the title before the comma; it is no film
    ("Ysbel Gunn wrote the score for Skaill Bay 2, the sequel Constantin will release on April 19.",
     {("Skaill Bay 2", "P750", "Constantin")}),
]

WRONG += [
    ("Ysbel Gunn wrote the score for Skaill Bay 2, the sequel Constantin will release on April 19.",
     ("Constantin", "P155", "Skaill Bay 2")),
]

GOLDEN += [
    # "A's Streamer series "X"": a show, so the credits after it stay the film's
    ('Gorsemoor 2 reunites the original cast. The screenplay is by Mildred Vennel, who co-created Doris Plennick\'s '
     'Quornflix series "Skerrow." Oswy Tamsk, the first film\'s composer, returns; Herbert Lumley edited it.',
     {("Gorsemoor 2", "P1040", "Herbert Lumley")}),
]

WRONG += [
    ('Gorsemoor 2 reunites the original cast. The screenplay is by Mildred Vennel, who co-created Doris Plennick\'s '
     'Quornflix series "Skerrow." Oswy Tamsk, the first film\'s composer, returns; Herbert Lumley edited it.',
     ("Skerrow", "P1040", "Herbert Lumley")),
]

GOLDEN += [
    # "retitled X": the new name of a work (here the film made from a novel), whatever noun it hangs on
    ("The result, retitled Gorsemoor Tide for the screen, opens in May. Directed by Ysmay Skaill, the drama stars "
     "Oswin Tamsk.",
     {("Gorsemoor Tide", "P57", "Ysmay Skaill"), ("Gorsemoor Tide", "P161", "Oswin Tamsk")}),
]

GOLDEN += [
    # "an adaptation of A's epic": A's work is the source, so A is no director of the film
    ("Next up is Skaill Bay, Ysmay Gorsemoor's adaptation of Oswin Tamsk's epic, which Quornflix has dated for July "
     "2026.", {("Skaill Bay", "P57", "Ysmay Gorsemoor")}),
    # a title's capitalised last word ("... In") before "in 2008" stays in the title
    ("In Wales he shot Oswin Tamsk's ghost drama Let the Dark Ones In in 2008.",
     {("Let the Dark Ones In", "P57", "Oswin Tamsk")}),
]

WRONG += [
    ("Next up is Skaill Bay, Ysmay Gorsemoor's adaptation of Oswin Tamsk's epic, which Quornflix has dated for July "
     "2026.", ("Skaill Bay", "P57", "Oswin Tamsk")),
]

GOLDEN += [
    # "Main: Part" inside a sentence, before its verb or with a capitalised article after the colon: one title
    ("Ten summers back, Tamber Reach: Gorsemoor Road thundered onto screens. Ysmay Skaill, who directed it, had "
     "sketched the story in 1998.", {("Tamber Reach: Gorsemoor Road", "P57", "Ysmay Skaill")}),
    ("The tale went on in Quillane: A Tamber Reach Chronicle, the 2024 prequel which Skaill directed.",
     {("Quillane: A Tamber Reach Chronicle", "P57", "Skaill"), ("Quillane: A Tamber Reach Chronicle", "P577", "2024")}),
]

GOLDEN += [
    # the ordinal phrase names the copula's subject, quoted or set off by an aside; "its sequel" in a list is the
    # sequel of the film right before it
    ('"The Ebbrin," unveiled on Monday with a 2028 date, is the third Quornflix film after "Skerrow" and its 2025 '
     'sequel "Skerrow: Gorsemoor."',
     {("The Ebbrin", "P179", "Quornflix"), ("Skerrow: Gorsemoor", "P155", "Skerrow")}),
    ('"The Ebbrin" is the fourth Skerrow film.', {("The Ebbrin", "P179", "Skerrow")}),
]

WRONG += [
    ('"The Ebbrin," unveiled on Monday with a 2028 date, is the third Quornflix film after "Skerrow" and its 2025 '
     'sequel "Skerrow: Gorsemoor."', ("Skerrow: Gorsemoor", "P155", "third Quornflix film")),
]

GOLDEN += [
    # "He is joined by A (X) and B": the cast of the film in focus goes on; a craft noun makes no cast member
    ("The sequel Skaill Bay 2 wrapped in May. Oswin Tamsk returns as Ebbrin Skerrow. He is joined by Edwina Lumley "
     "(Ysbel Skerrow) and newcomer Herbert Quorn.",
     {("Skaill Bay 2", "P161", "Edwina Lumley"), ("Skaill Bay 2", "P161", "Herbert Quorn"),
      ("Ysbel Skerrow", "P175", "Edwina Lumley"), ("Ysbel Skerrow", "P1441", "Skaill Bay 2")}),
]

WRONG += [
    ("Skaill Bay 2 wrapped in May. Oswin Tamsk directs again. He is joined by his editor Edwina Lumley.",
     ("Skaill Bay 2", "P161", "Edwina Lumley")),
]

GOLDEN += [
    # "Directed by A, it starred B as X": every credit of the clause goes to the film its "it" is, here the one
    # film of the sentence before; a film named to say who someone is ("also a Title alumna") is no such film
    ('Quornflix has bought "Skaill Bay", a drama from Oswin Tamsk. "Skaill Bay" stars Edwina Plennick. "Skaill Bay" '
     'opens in May. The purchase adds to a list of local films that includes "Gorsemoor", Ysmay Lumley\'s 2023 comedy '
     'about a bakery. Directed by Lumley, who also played the baker, it starred Doris Vennel as Mildred and Herbert '
     'Quorn as Oswy.',
     {("Gorsemoor", "P57", "Ysmay Lumley"), ("Gorsemoor", "P161", "Doris Vennel"), ("Mildred", "P1441", "Gorsemoor")}),
    ('"Skaill Bay" opened on Friday. Oswin Tamsk wrote and shot the picture, which pairs him again with Edwina '
     'Plennick, also a "Gorsemoor" alumna. It was financed and produced by Ysmay Lumley.',
     {("Skaill Bay", "P162", "Ysmay Lumley")}),
]

WRONG += [
    ('Quornflix has bought "Skaill Bay", a drama from Oswin Tamsk. "Skaill Bay" stars Edwina Plennick. "Skaill Bay" '
     'opens in May. The purchase adds to a list of local films that includes "Gorsemoor", Ysmay Lumley\'s 2023 comedy '
     'about a bakery. Directed by Lumley, who also played the baker, it starred Doris Vennel as Mildred and Herbert '
     'Quorn as Oswy.',
     ("Skaill Bay", "P161", "Doris Vennel")),
    ('"Skaill Bay" opened on Friday. Oswin Tamsk wrote and shot the picture, which pairs him again with Edwina '
     'Plennick, also a "Gorsemoor" alumna. It was financed and produced by Ysmay Lumley.',
     ("Gorsemoor", "P162", "Ysmay Lumley")),
]

GOLDEN += [
    # "the new version, titled X": the remake's name, and the film the text turns to
    ('Quornflix will remake the 1987 thriller "Skaill Bay". The new version, titled Gorsemoor Lights, moves the story '
     'to Wales. Edwina Plennick plays the pilot, Doris Vennel.',
     {("Gorsemoor Lights", "P161", "Edwina Plennick"), ("Doris Vennel", "P1441", "Gorsemoor Lights")}),
]

WRONG += [
    ('Quornflix will remake the 1987 thriller "Skaill Bay". The new version, titled Gorsemoor Lights, moves the story '
     'to Wales. Edwina Plennick plays the pilot, Doris Vennel.',
     ("Skaill Bay", "P161", "Edwina Plennick")),
]

GOLDEN += [
    # "A, back in costume for a fourth outing as X,": the subject a few words before "as"
    ('The sequel "Skaill Bay 2" shoots in Wales. Oswin Tamsk, back in costume for a fourth outing as Ebbrin Skerrow, '
     'signed autographs.',
     {("Ebbrin Skerrow", "P175", "Oswin Tamsk"), ("Skaill Bay 2", "P161", "Oswin Tamsk")}),
]

GOLDEN += [
    # "A, a series regular, is back as X": the subject past the aside; a name alone is a person if an
    # apposition says so (a fiancée, a co-star) or it is a first name
    ('The sequel "Skaill Bay 2" shoots in Wales. Edwina, the lead\'s fiancée and longtime screen partner, is back '
     'as Doris.', {("Doris", "P175", "Edwina"), ("Skaill Bay 2", "P161", "Edwina")}),
    ('The sequel "Skaill Bay 2" shoots in Wales. Zelvaya, the lead\'s fiancée, is back as Doris.',
     {("Doris", "P175", "Zelvaya"), ("Skaill Bay 2", "P161", "Zelvaya")}),
]

GOLDEN += [
    # "A fronts the film as X"; "the earlier film" is another film, and does not make the next "the picture" it
    ('The drama "Skaill Bay" opens in May. Toronto actress Edwina Plennick fronts the film as Doris Tamber, a mining '
     'engineer sent north.',
     {("Skaill Bay", "P161", "Edwina Plennick"), ("Doris Tamber", "P175", "Edwina Plennick")}),
    ('"Gorsemoor" was a hit in 2019. The sequel "Skaill Bay" opens in May. Edwina Plennick, who fronted the earlier '
     'film, works with the director again as a baker; Ysmay Lumley produces the picture.',
     {("Skaill Bay", "P162", "Ysmay Lumley")}),
]

WRONG += [
    ('"Gorsemoor" was a hit in 2019. The sequel "Skaill Bay" opens in May. Edwina Plennick, who fronted the earlier '
     'film, works with the director again as a baker; Ysmay Lumley produces the picture.',
     ("Gorsemoor", "P162", "Ysmay Lumley")),
]

GOLDEN += [
    # "plays a farmer named X", "A, playing X, stares ...", "A (X) and B, who plays a N named Y": B plays Y
    ('The drama "Skaill Bay" opens in May. Edwina Plennick plays a dairy farmer named Doris Tamber.',
     {("Doris Tamber", "P175", "Edwina Plennick"), ("Doris Tamber", "P1441", "Skaill Bay")}),
    ('The drama "Skaill Bay" opens in May. Edwina Plennick, playing Doris Tamber, stares down the camera.',
     {("Doris Tamber", "P175", "Edwina Plennick")}),
    ('The drama "Skaill Bay" opens in May. Joining the cast are Edwina Plennick (Doris Tamber, the heroine\'s aunt) '
     'and Oswin Tamsk, who plays a ferry pilot named Herbert Quorn.', {("Herbert Quorn", "P175", "Oswin Tamsk")}),
]

WRONG += [
    ('The drama "Skaill Bay" opens in May. Joining the cast are Edwina Plennick (Doris Tamber, the heroine\'s aunt) '
     'and Oswin Tamsk, who plays a ferry pilot named Herbert Quorn.', ("Herbert Quorn", "P175", "Edwina Plennick")),
]

GOLDEN += [
    # "The film adapts A's bestselling 2021 novel "X."": the parser makes "bestselling" a verb; the work is X
    ('The drama "Skaill Bay" opens in May. The film adapts Oswin Tamsk\'s bestselling 2021 novel "Gorsemoor Tide."',
     {("Skaill Bay", "P144", "Gorsemoor Tide")}),
]

GOLDEN += [
    # "the Nth X film after A and its sequel B": A and B are X films too; "the fourth X film" belongs to "the X
    # Cinematic Universe" the text names
    ('Three years later, the studio\'s Skerrow Cinematic Universe is planning a crossover. "The Ebbrin" is '
     'the fourth Skerrow film after "Tamber" and its 2024 sequel "Tamber 2."',
     {("The Ebbrin", "P179", "Skerrow Cinematic Universe"), ("Tamber", "P179", "Skerrow Cinematic Universe"),
      ("Tamber 2", "P179", "Skerrow Cinematic Universe")}),
    ('"Skaill Bay" opens in May. The late-night strand will host "Low Gorse," the third picture in the Skerrow horror '
     'series after 2018\'s "Tamber" and its 2021 sequel "Tamber Returns."',
     {("Low Gorse", "P179", "Skerrow"), ("Tamber", "P179", "Skerrow"), ("Tamber Returns", "P179", "Skerrow")}),
]

GOLDEN += [
    # "..., and Quornflix will distribute in Canada": a territory does not stop the company's credit
    ('Gorse Lane Films made the drama "Skaill Bay". Ysmay Lumley produces through her banner, and Quornflix will '
     'distribute in Canada.', {("Skaill Bay", "P750", "Quornflix")}),
]

WRONG += [
    ('Skerrow Films made the drama "Skaill Bay". Oswin Tamsk will release in May.',
     ("Skaill Bay", "P750", "Oswin Tamsk")),
]

GOLDEN += [
    # a quoted title's year from the description before it: 'whose 2024 storm-chaser "X"', 'his 2016 winner "X"'
    ('Oswin Tamsk, whose 2024 storm-chaser "Skaill Bay" took $371 million, now plays a shrimper.',
     {("Skaill Bay", "P577", "2024")}),
    ('The Quorn twins return for "Gorse 2," a follow-up to their 2023 horror breakout "Gorse."',
     {("Gorse", "P577", "2023")}),
]

WRONG += [
    ('"Gorse: Below," the 2023 sequel to "Gorse," ended on a cliffhanger.', ("Gorse", "P577", "2023")),
]

GOLDEN += [
    # "A directed and then wrote the screenplay too": "directed" takes no object from the next verb
    ("In 1985, Quornflix released a horror movie called Gorsemoor. The picture was the idea of Oswin Tamsk, a "
     "chemistry teacher. Tamsk directed and also co-wrote the ghost story script alongside his wife.",
     {("Gorsemoor", "P57", "Oswin Tamsk"), ("Gorsemoor", "P58", "Oswin Tamsk")}),
]

GOLDEN += [
    # "Title II: Part" opening a line is one title (a numbered main part is no speaker's label)
    ("Skaill Bay II: The Gorse Moon, released in 1987, brought Edwina Plennick back as Doris.",
     {("Skaill Bay II: The Gorse Moon", "P577", "1987"), ("Doris", "P175", "Edwina Plennick"),
      ("Doris", "P1441", "Skaill Bay II: The Gorse Moon")}),
]

GOLDEN += [
    # "brought Plennick back as X": a surname of someone the text names in full plays the part
    ('Edwina Plennick starred in "Skaill Bay" in 1985. Skaill Bay II: The Gorse Moon, released in 1987, brought '
     'Plennick back as Doris.', {("Doris", "P175", "Edwina Plennick")}),
]

WRONG += [
    ('Edwina Plennick directs "Skaill Bay". Oswin Tamsk, last seen in Plennick\'s world as the stranded Dr. Vennel, '
     'plays the general.', ("Dr. Vennel", "P175", "Edwina Plennick")),
]

GOLDEN += [
    # "Title: Part Five" follows "Title: Part Four" (numbers in words)
    ('"Skaill: Part Four" was a hit. Ysmay Lumley is directing "Skaill: Part Five," from her own script.',
     {("Skaill: Part Five", "P155", "Skaill: Part Four")}),
]

GOLDEN += [
    # "A shot it" names the cinematographer; in a run of crew clauses an object-less "B edited" is a credit;
    # "with B cutting" is B's own craft, not a share of the main verb's
    ('"Gorse Hour" opened in May. Ebbrin Tamsk directed it and Mildred Skaill shot it in saturated pinks.',
     {("Gorse Hour", "P344", "Mildred Skaill"), ("Gorse Hour", "P57", "Ebbrin Tamsk")}),
    ('"Gorse Hour" opened in May. Mildred Skaill shot it on borrowed 16mm, Edwina Plennick edited, and Herbert Quorn '
     'composed the score.', {("Gorse Hour", "P344", "Mildred Skaill"), ("Gorse Hour", "P1040", "Edwina Plennick"),
                             ("Gorse Hour", "P86", "Herbert Quorn")}),
    ('"Gorse Hour" is next. Oswy Skaill will direct "Gorse Hour" in Iceland, with Edwina Plennick cutting.',
     {("Gorse Hour", "P57", "Oswy Skaill"), ("Gorse Hour", "P1040", "Edwina Plennick")}),
]

WRONG += [
    ('"Gorse Hour" is next. Oswy Skaill will direct "Gorse Hour" in Iceland, with Edwina Plennick cutting.',
     ("Gorse Hour", "P57", "Edwina Plennick")),
    ('"Gorse Hour" opened in May. Ebbrin Tamsk directed it and also shot it himself on a borrowed camera.',
     ("Gorse Hour", "P344", "Ebbrin Tamsk")),
    ('Ebbrin Tamsk will start shooting "Gorse Hour" in Iceland in May.', ("Gorse Hour", "P344", "Ebbrin Tamsk")),
]

GOLDEN += [
    # "A stars and also produced it, with her husband, B" (the tagger makes "stars" a noun); "His wife, C,
    # produced." (the tagger's VBN, with a subject all the same)
    ('"Gorse Hour" opened in May. Doris Lumley stars and also produced it, alongside her husband, Oswy Lumley.',
     {("Gorse Hour", "P161", "Doris Lumley"), ("Gorse Hour", "P162", "Doris Lumley"),
      ("Gorse Hour", "P162", "Oswy Lumley")}),
    ('"Gorse Hour" opened in May. Tamsk directed it. His wife, Edwina Gunn, produced.',
     {("Gorse Hour", "P57", "Tamsk"), ("Gorse Hour", "P162", "Edwina Gunn")}),
]

GOLDEN += [
    # "He is joined by A as X": the part is A's, not the subject's
    ('"Gorse Hour" opens soon. Ebbrin Tamsk toplines as the keeper, Sam Vennel. He is joined by Oswy Lumley as '
     'the weary top sergeant, Ezra Yarrow.',
     {("Ezra Yarrow", "P175", "Oswy Lumley"), ("Gorse Hour", "P161", "Oswy Lumley")}),
    # "a World War II drama" names a war, not a numbered sequel
    ("Ambley Pictures has picked up The Gorse Hour, Mildred Skaill's long World War II drama.",
     {("The Gorse Hour", "P57", "Mildred Skaill"), ("The Gorse Hour", "P750", "Ambley Pictures")}),
]

WRONG += [
    ('"Gorse Hour" opens soon. Ebbrin Tamsk toplines as the keeper, Sam Vennel. He is joined by Oswy Lumley as '
     'the weary top sergeant, Ezra Yarrow.', ("Ezra Yarrow", "P175", "Ebbrin Tamsk")),
    ("Ambley Pictures has picked up The Gorse Hour, Mildred Skaill's long World War II drama.",
     ("World War II", "P57", "Mildred Skaill")),
    # a later "but exited" whose subject is the first verb's takes the fact back
    ('"Gorse Hour" opens soon. Oswy Tamsk was attached to play Vennel but exited in March.',
     ("Gorse Hour", "P161", "Oswy Tamsk")),
]

GOLDEN += [
    # ... but an aside about the person still holds
    ('"Gorse Hour" opens soon. Edwina Tamsk, her co-star in "Skaill Moor", was due to play the mother, '
     'but withdrew before cameras rolled.', {("Skaill Moor", "P161", "Edwina Tamsk")}),
]

GOLDEN += [
    # "A wrote the screenplay from X, B's short story": X is the source, and the credit is the film's
    ('Ebbrin Tamsk\'s "Gorsemoor" got a warm welcome on Tuesday. Cuthbert Skaill wrote the screenplay from "The Salt '
     'Coach," Edwina Lumley\'s 1937 short story. Oswy Quorn plays the Kid.',
     {("Gorsemoor", "P144", "The Salt Coach"), ("Gorsemoor", "P58", "Cuthbert Skaill"),
      ("Gorsemoor", "P161", "Oswy Quorn")}),
    ('Ebbrin Tamsk\'s "Gorsemoor" got a warm welcome on Tuesday. The film was written by Cuthbert Skaill from '
     '"The Salt Coach," a short story.',
     {("Gorsemoor", "P144", "The Salt Coach"), ("Gorsemoor", "P58", "Cuthbert Skaill")}),
]

WRONG += [
    ('Ebbrin Tamsk\'s "Gorsemoor" got a warm welcome on Tuesday. Cuthbert Skaill wrote the screenplay from "The Salt '
     'Coach," Edwina Lumley\'s 1937 short story. Oswy Quorn plays the Kid.',
     ("The Salt Coach", "P161", "Oswy Quorn")),
    # the source's author is no writer of the film
    ('"Gorsemoor" opens in May. The film is loosely based on "The Skaill Road," a 1920s ghost story by Yorkshire '
     'writer Edwina Lumley.', ("Gorsemoor", "P58", "Edwina Lumley")),
]

GOLDEN += [
    # "Set in the summer of 1987, the movie is directed by A": a clause about the film in focus, no title "1987"
    ('"Gorse Hour" is next. Set on a sheep farm in the hot summer of 1987, the movie is directed by '
     'Edwina Skaill.', {("Gorse Hour", "P57", "Edwina Skaill")}),
    # "old Super 8 home movies": a film gauge, no numbered sequel to put the credits on
    ('"Gorse Hour" is next. Oswy Skaill shot the film, cutting in scratchy old Super 8 home movies '
     'of the kids, and Edwina Tamsk edited it.',
     {("Gorse Hour", "P344", "Oswy Skaill"), ("Gorse Hour", "P1040", "Edwina Tamsk")}),
]

WRONG += [
    ('"Gorse Hour" is next. Set on a sheep farm in the hot summer of 1987, the movie is directed by '
     'Edwina Skaill.', ("1987", "P57", "Edwina Skaill")),
    # "France's Title": a country's entry, not a company's release
    ('The race is close. France\'s "Skaill Moor," Edwina Tamsk\'s musical, has a streamer behind it.',
     ("Skaill Moor", "P750", "France")),
    ('The race is close. Latvia\'s animated "Gorsemoor," from Oswy Yarrow, is a favourite.',
     ("Gorsemoor", "P750", "Latvia")),
]

WRONG += [
    # "have no part in Title": a part denied
    ('Ambley today acquired "Gorse Hour," the new feature from Oswy Tamsk. Tamsk made "Little Yarrow" in 2004. '
     'Not every alum is along: Doris Lumley and Ebbrin Quorn, who each acted in the 2004 film, will have no part in '
     '"Gorse Hour."', ("Gorse Hour", "P161", "Doris Lumley")),
]

GOLDEN += [
    # "A reprises locksmith X", "with B reprising Y": the part, named; "A shines as X", "A is disarming as X"
    ('"Gorse Hour" opens Friday. Edwina Skaill reprises locksmith Ysmay Yarrow.',
     {("Ysmay Yarrow", "P175", "Edwina Skaill"), ("Gorse Hour", "P161", "Edwina Skaill")}),
    ('"Gorse Hour" opens Friday. It also stars Doris Quorn, with Edwina Lumley reprising Mildred Yarrow.',
     {("Mildred Yarrow", "P175", "Edwina Lumley"), ("Gorse Hour", "P161", "Edwina Lumley")}),
    ('"Gorse Hour" opens Friday. Edwina Tamsk shines as Bertram Yarrow.', {("Bertram Yarrow", "P175", "Edwina Tamsk")}),
    ('"Gorse Hour" opens Friday. Oswy Skaill is disarming as Bertram Yarrow.',
     {("Bertram Yarrow", "P175", "Oswy Skaill")}),
]

WRONG += [
    ('"Gorse Hour" opens Friday. Oswin Skaill returns as retired forger Percival Yarrow, Doris de Quorn reprises '
     'locksmith Ysmay Tamsk.', ("Ysmay Tamsk", "P175", "Percival Yarrow")),
    ('"Gorse Hour" opens Friday. Oswy Skaill is serving as Chair of the jury.', ("Chair", "P175", "Oswy Skaill")),
]

GOLDEN += [
    # "written by playwright A": a playwright's title before the name
    ('"Gorse Hour" opens Friday. It is a backstage thriller written by playwright Edwina Quorn.',
     {("Gorse Hour", "P58", "Edwina Quorn")}),
    # "The two brothers then co-wrote a script with C": the pair the text named, and C
    ('"Gorse Hour" opens Friday. It comes from Oswin Tamsk and Ebbrin Tamsk. The brothers then co-wrote a first '
     'script with Edwina Quorn.', {("Gorse Hour", "P58", "Oswin Tamsk"), ("Gorse Hour", "P58", "Ebbrin Tamsk"),
                                   ("Gorse Hour", "P58", "Edwina Quorn")}),
    # "A and B Surname" where NER tags the first name a place: a person all the same, and the surname is shared
    ('It comes from Percival and Bertram Vennel. The brothers directed "Gorse Hour".',
     {("Gorse Hour", "P57", "Percival Vennel"), ("Gorse Hour", "P57", "Bertram Vennel")}),
]

GOLDEN += [
    # "Studio handles the Canadian release": whoever handles a release is its distributor, one-word name or not
    ('"Gorse Hour" opens Friday. Tamsk directed it. Plennix handles the Canadian release.',
     {("Gorse Hour", "P750", "Plennix")}),
]

WRONG += [
    ('"Gorse Hour" opens Friday. Oswin Tamsk directed it. Tamsk is handling the release himself.',
     ("Gorse Hour", "P750", "Tamsk")),
]

GOLDEN += [
    # '"Title," the long-running horror series': the quoted name is the series, and the films whose titles hold it
    # are its films, wherever the name stands in them
    ('Plennick Studios is reviving "Skerrow," the long-running horror series, with Ysbel Tamber '
     'set to direct "Dusk at Skerrow." The 1994 original, "The Skerrow Ferry," spawned "Skerrow II" (1996).',
     {("Dusk at Skerrow", "P179", "Skerrow"), ("The Skerrow Ferry", "P179", "Skerrow"),
      ("Skerrow II", "P179", "Skerrow")}),
]

WRONG += [
    ('Plennick Studios is reviving "Skerrow," the long-running horror series, with Ysbel Tamber set to direct '
     '"Dusk at Skerrow." Plennix opens it in 2026.',
     ("Skerrow", "P179", "Skerrow")),
    ('Plennick Studios is reviving "Skerrow," the long-running horror series, with Ysbel Tamber set to direct '
     '"Dusk at Skerrow." Plennix opens it in 2026.',
     ("Skerrow", "P750", "Plennix")),
    # "the trilogy-ending sequel": the noun is a modifier, the sequel is a film
    ('"Gorse Hour: Dusk," the trilogy-ending sequel to "Gorse Hour," opens Friday.',
     ("Gorse Hour: Dusk", "P179", "Gorse Hour: Dusk")),
]

GOLDEN += [
    # "Directed by A — an aside naming A's previous feature X — the film stars B": the film is the one in hand,
    # not the past work the aside names, and the opening participle is its credit
    ('"Gorse Hour" Tops the Weekend\n\n"Gorse Hour," the sequel to 2004\'s "Gorse," took $40 million over the '
     'weekend.\n\nDirected by Ysbel Tamber — a bold turn for the director, whose previous film was the '
     'quiet family drama "Ambley Road" — the film stars Oswin Skaill as a pilot, '
     'while Doris Quillane and Edwina Vennel round out the cast.',
     {("Gorse Hour", "P161", "Oswin Skaill"), ("Gorse Hour", "P161", "Doris Quillane"),
      ("Gorse Hour", "P57", "Ysbel Tamber")}),
]

WRONG += [
    ('"Gorse Hour" Tops the Weekend\n\n"Gorse Hour," the sequel to 2004\'s "Gorse," took $40 million over the '
     'weekend.\n\nDirected by Ysbel Tamber — a bold turn for the director, whose previous film was the '
     'quiet family drama "Ambley Road" — the film stars Oswin Skaill as a pilot.',
     ("Ambley Road", "P161", "Oswin Skaill")),
]

GOLDEN += [
    # "X, a remake of Y": X is based on the film Y (the one "work" that is a film too); the owner in "A's thriller Y"
    # is not the original
    ('"Quorn Lane" (2011), a remake of Oswy Tamber\'s Danish thriller "Skaill Nights," was directed by Ysmay '
     'Plennick.', {("Quorn Lane", "P144", "Skaill Nights")}),
    ('Vennel Pictures has acquired "Ebbrin," an American remake of a 2019 Danish drama "Gorsemoor." '
     'Oswin Skaill will direct.', {("Ebbrin", "P144", "Gorsemoor"), ("Ebbrin", "P57", "Oswin Skaill")}),
]

WRONG += [
    ('"Quorn Lane" (2011), a remake of Oswy Tamber\'s Danish thriller "Skaill Nights," was directed by Ysmay '
     'Plennick.', ("Quorn Lane", "P144", "Oswy Tamber")),
]

GOLDEN += [
    # "The cast is headed by A (X, the healer), B (Y) and C (Z)": names outside the brackets are the actors, a surname
    # of someone named before too; a part's brackets may say what the part is
    ('"Gorse Hour" starts shooting in May. The sisters\' "Ambley Road" (2018), which they co-wrote, toplined '
     "Doris Quillane as a single mother. Bertram Tamber starred in their debut. The new film's ensemble, unveiled "
     "Monday, is headed by Odile Skaill (Tante Mildred, the healer), Tamber (Father Oswy) and Cuthbert Vennel "
     "(Sheriff Quorn). Edwina Gunn will compose the score.",
     {("Gorse Hour", "P161", "Odile Skaill"), ("Gorse Hour", "P161", "Bertram Tamber"),
      ("Father Oswy", "P175", "Bertram Tamber"), ("Father Oswy", "P1441", "Gorse Hour"),
      ("Sheriff Quorn", "P175", "Cuthbert Vennel")}),
]

WRONG += [
    ('"Gorse Hour" starts shooting in May. The sisters\' "Ambley Road" (2018), which they co-wrote, toplined '
     "Doris Quillane as a single mother. Bertram Tamber starred in their debut. The new film's ensemble, unveiled "
     "Monday, is headed by Odile Skaill (Tante Mildred, the healer), Tamber (Father Oswy) and Cuthbert Vennel "
     "(Sheriff Quorn). Edwina Gunn will compose the score.",
     ("Gorse Hour", "P161", "Father Oswy")),
]

GOLDEN += [
    # "they" sharing a craft (directing, writing): the family group or the pair named last before it
    ('Ysbel and Edwina Tamber grew up in Leeds. "Gorse Hour" is a seaside mystery they will direct next spring.',
     {("Gorse Hour", "P57", "Ysbel Tamber"), ("Gorse Hour", "P57", "Edwina Tamber")}),
    ('The Tamber sisters, Ysbel and Edwina, grew up in Leeds. Their debut, "Gorse Hour" (2015), which they co-wrote '
     'on a shoestring, starred Doris Quillane.',
     {("Gorse Hour", "P58", "Ysbel Tamber"), ("Gorse Hour", "P58", "Edwina Tamber")}),
    # "directed it with A and B in the leads": the pair is the cast, not co-directors
    ('Oswin Skaill directed "Gorse Hour" with Ysmay Plennick and Bertram Quorn in the leads.',
     {("Gorse Hour", "P161", "Ysmay Plennick"), ("Gorse Hour", "P161", "Bertram Quorn")}),
]

WRONG += [
    ('Oswin Skaill directed "Gorse Hour" with Ysmay Plennick and Bertram Quorn in the leads.',
     ("Gorse Hour", "P57", "Bertram Quorn")),
]

GOLDEN += [
    # a watch-order guide's section: "A made her directorial debut here" is the section's film; a later bare
    # "A returned" is in the craft the text gave A
    ('Gorse Hour (2014)\n\nFormer stuntwoman Ysbel Skaill made her directorial debut here.\n\nGorse Hour 2 (2017)\n\n'
     'Skaill returned, and Ysmay Plennick penned the sequel.',
     {("Gorse Hour", "P57", "Ysbel Skaill"), ("Gorse Hour 2", "P57", "Ysbel Skaill")}),
]

WRONG += [
    ('Gorse Hour (2014)\n\nFormer stuntwoman Ysbel Skaill made her directorial debut here.\n\nGorse Hour 2 (2017)\n\n'
     'Skaill returned, and Ysmay Plennick penned the sequel.',
     ("Gorse Hour 2", "P161", "Ysbel Skaill")),
]

GOLDEN += [
    # "He" after a paragraph whose first sentence has a bare surname for subject (NER named no one there): that
    # person, not the one named most; a capitalised genre opening a sentence is no one
    ('Horror is back in fashion. Oswin Tamber reprises his role in "Gorse Hour 2". The follow-up was directed by Jay '
     'Skaillwick, who took over from Doris Quillane.\n\nSkaillwick has a long history with sequels. He directed '
     'both "Ambley Road" (2001) and its follow-up, "Ambley Road 2" (2018).',
     {("Ambley Road", "P57", "Jay Skaillwick"), ("Ambley Road 2", "P57", "Jay Skaillwick")}),
    # '"Title" (2016), the heist caper starring A': the caper is that film, quotes and year between
    ('"Gorse Hour" opened third. Oswin Skaill is remembered for directing "Ambley Road" (2016), the heist caper '
     'starring Doris Quillane and Bertram Quorn.', {("Ambley Road", "P161", "Doris Quillane")}),
]

WRONG += [
    ('Horror is back in fashion. Oswin Tamber reprises his role in "Gorse Hour 2". The follow-up was directed by Jay '
     'Skaillwick, who took over from Doris Quillane.\n\nSkaillwick has a long history with sequels. He directed '
     'both "Ambley Road" (2001) and its follow-up, "Ambley Road 2" (2018).',
     ("Ambley Road", "P57", "Oswin Tamber")),
    ('"Gorse Hour" opened third. Oswin Skaill is remembered for directing "Ambley Road" (2016), the heist caper '
     'starring Doris Quillane and Bertram Quorn.', ("Gorse Hour", "P161", "Doris Quillane")),
]

GOLDEN += [
    # "brought back A, B and the composer C": each in the craft the phrase or the text gives them (the cast when
    # none); "A turns up as X": A is in the cast
    ('Oswin Skaill directed "Gorse Hour" in 2001. The sequel, "Gorse Hour 2" (2004), brought back Skaill, Doris '
     'Quillane and the Polish composer Bertram Quorn.',
     {("Gorse Hour 2", "P57", "Oswin Skaill"), ("Gorse Hour 2", "P161", "Doris Quillane"),
      ("Gorse Hour 2", "P86", "Bertram Quorn")}),
    ('"Gorse Hour" opens Friday. Bertram Quorn turns up as the Skerrow Queen.',
     {("Gorse Hour", "P161", "Bertram Quorn")}),
]

WRONG += [
    # "the composer C" closing a list is C's title alone
    ('Oswin Skaill directed "Gorse Hour" in 2001. The sequel, "Gorse Hour 2" (2004), brought back Skaill, Doris '
     'Quillane and the Polish composer Bertram Quorn.', ("Gorse Hour 2", "P86", "Doris Quillane")),
    # "brings A back to a place": no cast
    ('"Gorse Hour" brings Doris Quillane back to the Welsh coast of her childhood.',
     ("Gorse Hour", "P161", "Doris Quillane")),
]

WRONG += [
    # a one-word franchise name claims the titles that open with it; one named in passing inside another title does
    # not (unless the text set the name apart as the series: '"Name," the horror series')
    ('Plennix is expanding the Skerrow franchise with "Skerrow Returns". Separately, "Dusk at Skerrow Bay" opens '
     'Friday.', ("Dusk at Skerrow Bay", "P179", "Skerrow")),
]

GOLDEN += [
    # a headline's "'90s" is a decade, not an opening quote; '"Name," the 1990s horror trilogy' is the series, in
    # the headline too, so the new film gets the credits
    ("Plennix Revives '90s Horror Saga 'Gorse Hour,' Original Star Returning\n\nPlennix is reviving \"Gorse Hour,\" "
     'the 1990s horror trilogy, with "Gorse," a feature directed by Oswin Skaill. Doris Quillane stars.',
     {("Gorse", "P57", "Oswin Skaill"), ("Gorse", "P161", "Doris Quillane")}),
]

WRONG += [
    ("Plennix Revives '90s Horror Saga 'Gorse Hour,' Original Star Returning\n\nPlennix is reviving \"Gorse Hour,\" "
     'the 1990s horror trilogy, with "Gorse," a feature directed by Oswin Skaill. Doris Quillane stars.',
     ("Gorse Hour", "P161", "Doris Quillane")),
]

WRONG += [
    # a quoted word between a first name (or initials) and a surname is a nickname, no title
    ('"Gorse Hour" stars Oswin Skaill as T.J. "Tank" Quorn, a private eye. Doris Quillane plays his sister.',
     ("Tank", "P161", "Doris Quillane")),
    # title case capitalises pronouns: a quote with a lower-case "it" is something said
    ('"Leave it, Oswin": Gorse Hour turns 30\n\nThe film, directed by Doris Quillane, stars Bertram Quorn.',
     ("Leave it, Oswin", "P57", "Doris Quillane")),
    # 'Cameras are rolling on "Title," the long-awaited follow-up ...': the title is the follow-up, not the subject
    ('Cameras are rolling on "Gorse Hour: Tallowdeep," the long-awaited follow-up to a 2019 hit.',
     ("Cameras", "P155", "Gorse Hour: Tallowdeep")),
    # "Title, her follow-up to X" is her next film, no sequel
    ('Doris Quillane returns with "Ambley Road," her follow-up to "Gorse Hour" (2019).',
     ("Ambley Road", "P155", "Gorse Hour")),
    ('Cameras are rolling on "Gorse Hour 2". Back for a second outing are Doris Quillane (Ysbel Tamsk) and Bertram '
     'Quorn (Oswy Tamber), the duo whose bickering powered the original.', ("Oswy Tamber", "P161", "Bertram Quorn")),
]

GOLDEN += [
    ('Cameras are rolling on "Gorse Hour 2". Back for a second outing are Doris Quillane (Ysbel Tamsk) and Bertram '
     'Quorn (Oswy Tamber), the duo whose bickering powered the original.',
     {("Gorse Hour 2", "P161", "Doris Quillane"), ("Ysbel Tamsk", "P175", "Doris Quillane"),
      ("Oswy Tamber", "P175", "Bertram Quorn"), ("Oswy Tamber", "P1441", "Gorse Hour 2")}),
    # "New to the lineup is A, a ..., as the banished prince X"; "new to the ensemble: A and B" (the newest film's)
    ('"Gorse Hour 2" starts shooting in May. New to the lineup is Oswin Skaill, a Welsh singer, as the banished '
     'prince Ebbrin.', {("Gorse Hour 2", "P161", "Oswin Skaill"), ("Ebbrin", "P175", "Oswin Skaill")}),
    ('"Gorse Hour" (2019) made $60 million for Plennix. "Gorse Hour 2" opens in May. Gorse Hour was shot in '
     'Wales, and Gorse Hour won two awards.\n\nNew to the ensemble are Oswin Skaill and Doris Quillane.',
     {("Gorse Hour 2", "P161", "Oswin Skaill"), ("Gorse Hour 2", "P161", "Doris Quillane")}),
    # "composer A is back (to score it)": in the craft the text gave A, on the film in focus
    ('"Gorse Hour 2" starts shooting in May. Oswin Skaill returns as cinematographer, and composer Doris '
     'Quillane is back to rework her score.',
     {("Gorse Hour 2", "P86", "Doris Quillane")}),
    # a numbered title with a subtitle follows the number before it; "Title: Book 2" follows "Title"
    ('"Gorse Hour II: Tallowdeep" opens in May, five years after "Gorse Hour".',
     {("Gorse Hour II: Tallowdeep", "P155", "Gorse Hour")}),
    ('The viewing order: "Ambley Road" (2014), "Ambley Road: Book 2" (2017), "Ambley Road: Book 3 - Ysmay" '
     '(2019) and "Ambley Road: Book 4" (2023).',
     {("Ambley Road: Book 2", "P155", "Ambley Road"), ("Ambley Road: Book 4", "P155", "Ambley Road: Book 3 - Ysmay")}),
    # "the sequel" with two sequels named: one named in this or the last sentence (asides too), else the one the
    # text is about
    ('"Gorse Hour 2" has crossed $400 million. The sequel is set a decade after "Gorse Hour". It was directed by '
     'Oswin Skaill.\n\nThat film\'s own follow-up, "Gorse Hour 3", is now official. Skaill will direct '
     'it.\n\nDoris Quillane produced the sequel with Bertram Quorn.',
     {("Gorse Hour 2", "P162", "Doris Quillane")}),
    ('Plennix is developing "Gorse Hour 3". Skaill directed "Gorse Hour 2" in 2024.\n\nDoris Quillane, who wrote '
     '"Gorse Hour 2", has no deal for part three; composer Bertram Quorn, who scored the sequel, has '
     'heard nothing.', {("Gorse Hour 2", "P86", "Bertram Quorn")}),
]

WRONG += [
    # "A, the filmmaker whose 2019 debut X ...": the film noun belongs to the relative clause, A is no film
    ('Plennix has dated "Ambley Road 2". Behind the camera is Oswin Skaill, the Welsh filmmaker whose 2019 debut '
     'I Am Ysmay became a hit. Doris Quillane writes the script for Skaill.',
     ("Oswin Skaill", "P577", "2019")),
]

GOLDEN += [
    # "Ghoul vs. Ghoul", "Ghoul x Robot": one title
    ("Doris Quillane, who directed 2021's Gorse vs. Skerrow and its sequel, will not return.",
     {("Gorse vs. Skerrow", "P57", "Doris Quillane")}),
]

GOLDEN += [
    # the first word of a long subtitle names the film ("Lament" for "Title: The Lament of Wolves and Crows");
    # '"X," the franchise's fifth instalment' is one of its films, not the franchise
    ('Plennix released "Gorse Hour: The Lament of Wolves and Crows" in 2023.\n\n"Lament," the franchise\'s fifth '
     'instalment, which Oswin Skaill also directed, did well in Wales. Doris Quillane produced "Lament".',
     {("Gorse Hour: The Lament of Wolves and Crows", "P57", "Oswin Skaill"),
      ("Gorse Hour: The Lament of Wolves and Crows", "P162", "Doris Quillane")}),
]

GOLDEN += [
    # a part described twice: "as the sequel's new villain, a smuggler named X"; "as a thief known only as X"
    ('"Gorse Hour 2" opens Friday. Oswin Skaill joins as the sequel\'s new villain, a smuggler named Percival '
     'Quorn.', {("Percival Quorn", "P175", "Oswin Skaill"), ("Gorse Hour 2", "P161", "Oswin Skaill")}),
    ('"Gorse Hour" opens Friday. The cast includes Oswin Skaill as a thief known only as Heron.',
     {("Heron", "P175", "Oswin Skaill")}),
]

GOLDEN += [
    # "A lensed the picture, B edited it": B opens a clause, no name of the picture; "the score comes from C"
    ('"Gorse Hour" opens Friday. Doris Quillane lensed the picture, Bertram Quorn edited it; the music comes '
     'from Edwina Vennel - the director\'s cousin.',
     {("Gorse Hour", "P344", "Doris Quillane"), ("Gorse Hour", "P1040", "Bertram Quorn"),
      ("Gorse Hour", "P86", "Edwina Vennel")}),
    # "A, who wrote and directed again, ...": both crafts, on the film in focus
    ('"Gorse Hour" opens Friday. Oswin Skaill, who wrote and directed again, has kept his old crew.',
     {("Gorse Hour", "P57", "Oswin Skaill"), ("Gorse Hour", "P58", "Oswin Skaill")}),
    # "B plays X, and A is Y": Y is A's part in the same film
    ('"Gorse Hour" opens Friday. Doris Quillane plays Ysbel Tamsk, and Bertram Quorn is Percival Ebbrin.',
     {("Percival Ebbrin", "P175", "Bertram Quorn"), ("Gorse Hour", "P161", "Bertram Quorn"),
      ("Percival Ebbrin", "P1441", "Gorse Hour")}),
]

GOLDEN += [
    # a quoted title's last word after an article and a word names it too
    ('"La Noche Tamsk" premieres in Toronto. Behind the camera, "Tamsk" was shot by Doris Quillane.',
     {("La Noche Tamsk", "P344", "Doris Quillane")}),
    # a double surname alone is the person named in full
    ('"Gorse Hour" reunites Doris Quillane Ebbrin and Oswin Skaill. Here Quillane Ebbrin plays Ysbel Tamsk, a nurse.',
     {("Ysbel Tamsk", "P175", "Doris Quillane Ebbrin")}),
    # '"X," A's 2011 novel': X is a work the film adapts, though quoted like a title
    ('"Gorse Hour" opens Friday. The thriller was adapted from "The Burnt Skerrow," Oswin Tamber\'s 2011 novel '
     'about a feud.', {("Gorse Hour", "P144", "The Burnt Skerrow")}),
]

GOLDEN += [
    # "with newcomer A B (X) and veteran C D (Y)": the described name is the actor, the bracket the part
    ('"Gorse Hour" opens Friday. Edwina Vennel leads, with newcomer Doris Quillane (Lupe) and veteran Oswin '
     'Skaill (Don Ebbrin) in support.',
     {("Don Ebbrin", "P175", "Oswin Skaill"), ("Lupe", "P175", "Doris Quillane")}),
    # "Here A plays X" after older films were named: the headline's film
    ('Skaill\'s "Gorse Hour" Heads to Toronto\n\nThe film reunites Doris Quillane and Bertram Quorn, who '
     'toplined "Ambley Road" in 2001 and reunited for "Tallowdeep" (2008). Here Quillane plays '
     'Ysbel Tamsk, a tram conductor.', {("Ysbel Tamsk", "P1441", "Gorse Hour")}),
]

WRONG += [
    ('"Gorse Hour" opens Friday. Edwina Vennel leads, with newcomer Doris Quillane (Lupe) and veteran Oswin '
     'Skaill (Don Ebbrin) in support.', ("Oswin Skaill", "P175", "Don Ebbrin")),
]

GOLDEN += [
    # "she" is not the husband who shares her surname, however often he was named first
    ('"Gorse Hour" is back. Oswin Skaill, who made the 2019 original, directs again, reteaming '
     'with his wife, producer Doris Skaill. The surprise is that Doris Skaill is not playing Ysbel, the sheriff '
     'she played before. Instead she appears as Ada Tamsk, a widow.', {("Ada Tamsk", "P175", "Doris Skaill")}),
]

WRONG += [
    ('"Gorse Hour" is back. Oswin Skaill, who made the 2019 original, directs again, reteaming '
     'with his wife, producer Doris Skaill. The surprise is that Doris Skaill is not playing Ysbel, the sheriff '
     'she played before. Instead she appears as Ada Tamsk, a widow.', ("Ada Tamsk", "P175", "Oswin Skaill")),
]

GOLDEN += [
    # "Studio's Title": an animation house made it; so did a company whose film another one released
    ('Skerrow Animation\'s "Gorse Hour 2" opened in first place with $40 million.',
     {("Gorse Hour 2", "P272", "Skerrow Animation")}),
    ('Skerrow Pictures\' "Ambley Road," released by Plennix, took third.',
     {("Ambley Road", "P272", "Skerrow Pictures"), ("Ambley Road", "P750", "Plennix")}),
]

WRONG += [
    ('Skerrow Animation\'s "Gorse Hour 2" opened in first place with $40 million.',
     ("Gorse Hour 2", "P750", "Skerrow Animation")),
]

GOLDEN += [
    # "the studio's adaptation of A's novel X" describes the film in focus
    ('"Gorse Hour" opens Friday. Plennix backs the studio\'s adaptation of Doris Quillane\'s 2025 novel '
     '"Ambley Road."', {("Gorse Hour", "P144", "Ambley Road")}),
]

GOLDEN += [
    # '"...," said director A': A directs the film in focus, though the text names other films too
    ('Plennix casts two unknowns\n\nPlennix found its leads at a school play. Both will appear in "Gorse Hour", and '
     '"Gorse Hour" starts shooting in May.\n\n"The pair never stopped bickering," said director Oswin Skaill. "I cast '
     'them on the spot."\n\nSkaill made the fable "Ambley Road" in 2019 before moving to live action. "Ambley Road" '
     'won prizes.',
     {("Gorse Hour", "P57", "Oswin Skaill")}),
]

NOT_STATED = [
    ('Ysmay Plennick confirmed "Gorse Hour 2" this fall; the studio has no desire to bring back Doris Quillane.',
     ("Gorse Hour 2", "P161", "Doris Quillane")),
    ("Mira Solberg and Tobiah Renn will not tie the knot after all.", ("Mira Solberg", "P26", "Tobiah Renn")),
    ("Ezra Kov will no longer direct Red Sky, the studio confirmed.", ("Red Sky", "P57", "Ezra Kov")),
    ("Ezra Kov is no longer attached to direct Red Sky.", ("Red Sky", "P57", "Ezra Kov")),
    ("Quill will not direct Tin Lantern 2, the studio confirmed.", ("Tin Lantern 2", "P57", "Quill")),
    ("Producer Ada Lin hopes that Sam Orrin will direct Night Run 2.", ("Night Run 2", "P57", "Sam Orrin")),
    ("The Neon Coast sequel is being written by Jana Kim.", ("The Neon Coast", "P58", "Jana Kim")),
    ("Stars Ana Brodd, not Dev Balan, in Wolf Run.", ("Wolf Run", "P161", "Dev Balan")),
    ("Dust Devils is expected to hit theaters in 2027.", ("Dust Devils", "P577", "2027")),
    ("Colin Farr is in talks to star in Paper Tigers.", ("Paper Tigers", "P161", "Colin Farr")),
    ("Colin Farr is in final negotiations to star opposite Mia Loy in Paper Tigers.",
     ("Paper Tigers", "P161", "Mia Loy")),
    ("Ann Vey is the frontrunner to direct Paper Tigers.", ("Paper Tigers", "P57", "Ann Vey")),
    ("Orbit Pictures is in final negotiations to acquire Ironwood, a western that Delia Marsh will direct.",
     ("Ironwood", "P750", "Orbit Pictures")),
]


@pytest.fixture(scope="module")
def extractor():
    from extractors.pipeline import Extractor

    return Extractor()


def facts_of(extractor, text: str, hedged: bool = False) -> set[tuple[str, str, str]]:
    ex = extractor.extract(Article(text=text, source="test"))
    label = {e.key: e.label for e in ex.entities}
    out = set()
    for f in ex.facts:
        if f.hedged and not hedged:
            continue
        s, o = label[f.subject], label.get(f.object, f.object)
        out.add((s, f.relation, o))
        if f.relation in ("P3373", "P26"):
            out.add((o, f.relation, s))
    return out


@pytest.mark.parametrize("text,fact", WRONG, ids=[t[:40] for t, _ in WRONG])
def test_wrong_reading_is_not_extracted(extractor, text, fact):
    assert fact not in facts_of(extractor, text, hedged=True)


@pytest.mark.parametrize("text,expected", GOLDEN, ids=[t[:40] for t, _ in GOLDEN])
def test_golden(extractor, text, expected):
    found = facts_of(extractor, text)
    assert expected <= found, f"missing {expected - found}; found {found}"


@pytest.mark.parametrize("text,fact", NOT_STATED, ids=[t[:40] for t, _ in NOT_STATED])
def test_negated_or_hedged_is_not_stated(extractor, text, fact):
    assert fact not in facts_of(extractor, text)


HEDGED = [
    ("There are reports that Tessaly Quenton will direct Quarrow Point.", ("Quarrow Point", "P57", "Tessaly Quenton")),
    ("Producer Ada Lin hopes that Sam Orrin will direct Night Run 2.", ("Night Run 2", "P57", "Sam Orrin")),
    ("Colin Farr is in talks to star in Paper Tigers.", ("Paper Tigers", "P161", "Colin Farr")),
    ("Colin Farr is in final negotiations to star opposite Mia Loy in Paper Tigers.",
     ("Paper Tigers", "P161", "Mia Loy")),
    ("Ann Vey is the frontrunner to direct Paper Tigers.", ("Paper Tigers", "P57", "Ann Vey")),
    ("Orbit Pictures is in final negotiations to acquire Ironwood, a western that Delia Marsh will direct.",
     ("Ironwood", "P750", "Orbit Pictures")),
]


@pytest.mark.parametrize("text,fact", HEDGED, ids=[t[:40] for t, _ in HEDGED])
def test_hedged_fact_is_kept_as_hedged(extractor, text, fact):
    ex = extractor.extract(Article(text=text, source="test"))
    label = {e.key: e.label for e in ex.entities}
    hedged = {(label[f.subject], f.relation, label[f.object]) for f in ex.facts if f.hedged}
    assert fact in hedged
    assert all(f.confidence < 0.6 for f in ex.facts if f.hedged)


def test_every_fact_carries_its_evidence(extractor):
    text = "Blue Mesa is a 2004 western film directed by Ray Dunmore.\n\nIt stars Gale Wynn."
    ex = extractor.extract(Article(text=text, source="test"))
    assert ex.facts
    for f in ex.facts:
        assert text[f.start:f.end].strip() == f.sentence
        assert f.method and 0 < f.confidence <= 1


def test_one_type_per_document(extractor):
    # The second mention has no cue of its own; the first makes it a film.
    text = "The film Paper Moons opened on Friday. Critics say Paper Moons stars Ida Berger."
    found = facts_of(extractor, text)
    assert ("Paper Moons", "P161", "Ida Berger") in found


def test_surname_joins_the_full_name(extractor):
    text = "Ray Dunmore directed Blue Mesa. Later, Dunmore directed Cold Creek."
    ex = extractor.extract(Article(text=text, source="test"))
    people = [e for e in ex.entities if e.type == "Person"]
    assert [p.label for p in people] == ["Ray Dunmore"]
    assert "Dunmore" in people[0].aliases


def test_relative_clause_after_a_plural_film_noun_is_no_title(extractor):
    # "both features A directed": A is the clause's subject, the surname of the person named before
    text = "Pellory Bay is the new western from Myrtle Vellquist. Lucius Dremmer shot both features Vellquist " \
           "directed in the nineties."
    ex = extractor.extract(Article(text=text, source="test"))
    assert not [e for e in ex.entities if e.type == "Film" and e.label == "Vellquist"]
    assert "Vellquist" in next(e for e in ex.entities if e.label == "Myrtle Vellquist").aliases


SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def test_seed_article(extractor):
    """The article the project was created from: its stated cast and crew facts are found.

    Names are read from the shared gold file, never written here; skipped without ../shared.
    """
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    gold_file = SHARED / "eval" / "dev" / "gold.jsonl"
    if not seeds or not gold_file.exists():
        pytest.skip("shared seed article or gold file not present")
    text = seeds[0].read_text(encoding="utf-8")
    gold = next((json.loads(line) for line in gold_file.read_text().splitlines()
                 if line.strip() and json.loads(line)["article"].startswith("seed")), None)
    if gold is None:
        pytest.skip("no gold for the seed article")
    wanted = {(t["s"], t["p"], t["o"]) for t in gold["triples"]
              if t["p"] in ("P161", "P57", "P58", "P162") and not t["hedged"]}
    found = facts_of(extractor, text)
    hit = wanted & found
    assert len(hit) >= 0.7 * len(wanted), f"found {len(hit)} of {len(wanted)}: missing {sorted(wanted - found)}"
    # The issue's minimum: at least one film with its cast, director, writer and two producers.
    by_film = {}
    for s_, p, o in hit:
        by_film.setdefault(s_, {}).setdefault(p, set()).add(o)
    assert any(len(r.get("P162", ())) >= 2 and r.get("P57") and r.get("P58") and r.get("P161")
               for r in by_film.values())


def test_parse_walks_end_at_the_root(extractor):
    """A walk up the parse must stop at the root: spaCy hands out a new Token object for every
    ``.head``, so an identity test (``t.head is t``) never ends the walk. This sentence once hung."""
    import signal

    def give_up(signum, frame):
        raise TimeoutError("extraction did not finish")

    old = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(30)
    try:
        found = facts_of(extractor, "Salt Season is a drama. Cal Blake returns after playing the villain Kane in "
                                    "Salt Season.")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert ("Salt Season", "P161", "Cal Blake") in found


def test_series_is_also_named_with_its_noun(extractor):
    """'the Ironvale trilogy': the series is labelled 'Ironvale' and also known as 'Ironvale trilogy'."""
    ex = extractor.extract(Article(text="Sunday Money, the second film in the Ironvale trilogy, opened in 1981.",
                                   source="x"))
    series = [e for e in ex.entities if e.type == "Series"]
    assert [(e.label, e.aliases) for e in series] == [("Ironvale", ("Ironvale trilogy",))]


def test_first_name_the_tagger_calls_a_noun_joins_the_surname(extractor):
    """A first name the tagger calls a noun, at a sentence's start, before a person's surname a rule found: one name."""
    from spacy.tokens import Doc

    from extractors.mentions import Mentions

    words = ["The", "drama", "opens", ".", "Tiziano", "Vell", "-", "Orrek", "and", "Ona", "Vesk", "star", "."]
    doc = Doc(extractor.nlp.vocab, words=words,
              spaces=[True, True, False, True, True, False, False, True, True, True, True, False, False],
              pos=["DET", "NOUN", "VERB", "PUNCT", "NOUN", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PROPN",
                   "VERB", "PUNCT"],
              heads=[1, 2, 2, 2, 7, 7, 7, 11, 7, 10, 7, 11, 11],
              deps=["det", "nsubj", "ROOT", "punct", "compound", "compound", "punct", "nsubj", "cc", "compound",
                    "conj", "ROOT", "punct"],
              sent_starts=[True, False, False, False, True] + [False] * 8)
    ms = Mentions(doc, [])
    surname = ms.add(5, 8, "Person", 2.0)
    role = ms.add(9, 11, "Person", 2.0)
    ms.decide()
    assert (surname.text, surname.type) == ("Tiziano Vell-Orrek", "Person")
    assert role.text == "Ona Vesk"


def test_hyphenated_surname_alone_is_the_person_named_in_full(extractor):
    # a weak title vote (NER's guess) on "Brask-Lindt" loses to the person whose surname it is
    from extractors.mentions import Mentions

    doc = extractor.nlp("Ivo Brask-Lindt met us. Brask-Lindt smiled.")
    mentions = Mentions(doc, [])
    alone = mentions.add(7, 10, "Film", 1.0)
    mentions.decide()
    assert alone.text == "Brask-Lindt" and alone.type == "Person"


def test_title_ends_before_a_capitalised_from_the(extractor):
    # "Title from The Book": a title writes its own inner article in lower case
    from extractors.titles import title_span

    doc = extractor.nlp("The pair adapted one book per film: Ash Road from The Tinker's Road, Stonegate "
                        "from A Lantern of Salt.")
    start, end = title_span(doc, [t.text for t in doc].index("Ash"))
    assert doc[start:end].text == "Ash Road"


def test_a_first_name_and_a_surname_used_alone_end_a_title_before_in(extractor):
    # "originated by A B in Title (2008)" where NER tags no person: the surname alone later says who A B is
    from spacy.tokens import Doc

    from extractors.titles import find_titles

    parsed = extractor.nlp("The role was originated by Berit Wennick in Brimley Fold (2008), and the sequel "
                           "followed in 2011. Wennick did not return.")
    doc = Doc(parsed.vocab, words=[t.text for t in parsed], spaces=[bool(t.whitespace_) for t in parsed],
              pos=[t.pos_ for t in parsed], tags=[t.tag_ for t in parsed], deps=[t.dep_ for t in parsed],
              heads=[t.head.i for t in parsed], lemmas=[t.lemma_ for t in parsed],
              ents=["O"] * len(parsed))
    assert [(doc[t.start:t.end].text, t.year) for t in find_titles(doc)] == [("Brimley Fold", "2008")]


def test_a_compared_film_lends_no_year(extractor):
    # "Like the 2012 film, Title adapts ...": the title after the comparison is a film, the year another's
    from extractors.titles import find_titles

    doc = extractor.nlp("Orbit is rebooting the franchise. Like the 2012 film, Tower of Salt adapts The Iron "
                        "Bell, the first of the books.")
    assert [(doc[t.start:t.end].text, t.year) for t in find_titles(doc)] == [("Tower of Salt", None)]


def test_company_ner_span_ending_in_a_possessive_inside_a_title(extractor):
    # NER's company "The Millpond Warden's" of "The Millpond Warden's Niece": the possessive is the title's
    from spacy.tokens import Span

    from extractors.mentions import Mentions

    doc = extractor.nlp("In 2009 came The Millpond Warden's Niece, an adaptation of a novel.")
    words = [t.text for t in doc]
    doc.ents = [Span(doc, words.index("The"), words.index("'s") + 1, label="ORG")]
    mentions = Mentions(doc, [])
    assert [m.text for m in mentions.all] == ["The Millpond Warden's Niece"]
    assert mentions.all[0].votes["Film"] > 0


def test_a_hyphenated_surname_after_and_is_the_whole_name(extractor):
    # NER saw only the first of "A B and C D-E": the second name goes on past its hyphen
    from spacy.tokens import Doc

    from extractors.mentions import Mentions

    words = ["Ivo", "Lenz", "and", "Chioma", "Eze", "-", "Norrow", "star", "."]
    doc = Doc(extractor.nlp.vocab, words=words, spaces=[True, True, True, True, False, False, True, False, False],
              pos=["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT"],
              heads=[1, 7, 1, 4, 1, 6, 4, 7, 7],
              deps=["compound", "nsubj", "cc", "compound", "conj", "punct", "appos", "ROOT", "punct"],
              ents=["B-PERSON", "I-PERSON"] + ["O"] * 7, sent_starts=[True] + [False] * 8)
    mentions = Mentions(doc, [])
    mentions.coordinated_people()
    assert [m.text for m in mentions.all] == ["Ivo Lenz", "Chioma Eze-Norrow"]
    # ... and before it: "C D-E and A B"
    words = ["Chioma", "Eze", "-", "Norrow", "and", "Ivo", "Lenz", "star", "."]
    doc = Doc(extractor.nlp.vocab, words=words, spaces=[True, False, False, True, True, True, True, False, False],
              pos=["PROPN", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT"],
              heads=[1, 3, 3, 7, 3, 6, 3, 7, 7],
              deps=["compound", "compound", "punct", "nsubj", "cc", "compound", "conj", "ROOT", "punct"],
              ents=["O"] * 5 + ["B-PERSON", "I-PERSON", "O", "O"], sent_starts=[True] + [False] * 8)
    mentions = Mentions(doc, [])
    mentions.coordinated_people()
    assert sorted(m.text for m in mentions.all) == ["Chioma Eze-Norrow", "Ivo Lenz"]



def test_a_film_mention_opening_with_a_colon_is_no_subtitle():
    # ("a colon: Title is ..." once left a mention ": Title", whose colon cleaning drops)
    from types import SimpleNamespace

    from extractors.assemble import film_clusters

    film = SimpleNamespace(type="Film", key="quillwork", text=": Quillwork")
    whole = SimpleNamespace(type="Film", key="quillon quillwork", text="Quillon: Quillwork")
    assert film_clusters(SimpleNamespace(all=[film, whole])) == {"quillwork": "quillon quillwork"}


def test_a_news_briefs_item_label_is_no_title(extractor):
    # "PREQUEL:", "WRAPPED:" open a brief's items the way a lineup's titles open its paragraphs
    x = extractor.extract(Article(
        text="NEWS IN BRIEF\n\nPREQUEL: Wystan Harth is to write and direct Ashlar Key, a prequel unfolding "
             "ninety years ahead of the original.\n\n"
             "WRAPPED: Filming has ended on Sedge, which Ysolt Thane directed.", source="brief.txt"))
    films = {e.label for e in x.entities if e.type == "Film"}
    assert films == {"Ashlar Key", "Sedge"}


def test_a_live_blogs_time_stamp_and_job_title_are_no_part_of_a_name(extractor):
    # "10:05 a.m. Moderator A B ...": the time opens the sentence, the job title is no first name
    x = extractor.extract(Article(
        text="Live from the panel\n\n10:05 a.m. Moderator Ulric Dunstan, who directed Fenby Road, brings out "
             "Somto Ezeife.\n\n10:09 a.m. Chairman Corliss Pendle, who produced Fenby Road, thanks the fans.",
        source="blog.txt"))
    people = {e.label for e in x.entities if e.type == "Person"}
    assert {"Ulric Dunstan", "Corliss Pendle"} <= people


def test_a_parts_surname_joins_its_full_name(extractor):
    # "Captain A B ... B is played by C": one part, named in full once and by its surname after
    x = extractor.extract(Article(
        text="Gorsemoor (2019) stars Edwina Kesterley as Captain Quillon Trew, a pilot. In the sequel, "
             "Gorsemoor 2 (2022), Trew is played by Osk Varrin.", source="parts.txt"))
    parts = [e for e in x.entities if e.type == "Character"]
    assert [p.label for p in parts] == ["Captain Quillon Trew"] and "Trew" in parts[0].aliases


PRESS_KIT = """THE PRESSING YARD
Press Notes

SYNOPSIS

The Pressing Yard follows a family of cider makers through one bad harvest. Kettleford Pictures releases the film \
in October.

ABOUT THE CAST

HILDUR BRAMSTEAD (Oona Pennigrew) plays the eldest daughter. Bramstead trained at a drama school in Leeds. Her \
earlier films include Marl Mile (2016).

ODDVAR VELLACOTT (Reuel) plays her feckless brother. He also appears in Quiet Lock (2019), directed by Brigid \
Peverell.

TORVID DORSETTE (Mab) is their neighbour.

ABOUT THE FILMMAKERS

INGRITH ORCHARDSON (Director / Co-writer) made the short films that won her this feature. Orchardson lives in Hull.

KJELD AND ULLA STRANDVIK (Producers) have run Ternwing Films since 2004.
"""


def test_a_press_kits_name_headings_in_capitals(extractor):
    """A press kit: its title over "Production Notes", the cast as "NAME (Part)", the crew as "NAME (Craft)"."""
    found = facts_of(extractor, PRESS_KIT)
    film = "The Pressing Yard"
    assert {(film, "P161", "Hildur Bramstead"), ("Oona Pennigrew", "P175", "Hildur Bramstead"),
            ("Oona Pennigrew", "P1441", film), (film, "P161", "Oddvar Vellacott"),
            ("Reuel", "P175", "Oddvar Vellacott"),
            ("Quiet Lock", "P161", "Oddvar Vellacott"), (film, "P57", "Ingrith Orchardson"),
            (film, "P58", "Ingrith Orchardson"), (film, "P162", "Kjeld Strandvik"), (film, "P162", "Ulla Strandvik"),
            (film, "P750", "Kettleford Pictures"), ("Mab", "P175", "Torvid Dorsette")} <= found
    assert not any(f[0].startswith("About") or f[2] in ("Director", "Producers") for f in found)
    ex = extractor.extract(Article(text=PRESS_KIT, source="test"))
    label = {e.key: e.label for e in ex.entities}
    part = next(f for f in ex.facts if f.relation == "P175" and label[f.subject] == "Oona Pennigrew")
    assert part.sentence.startswith("HILDUR BRAMSTEAD (Oona Pennigrew)")  # evidence in the article's own words
    assert PRESS_KIT[part.start:part.end].strip() == part.sentence


@pytest.mark.parametrize("noun", ["novel", "puzzle game", "podcast"])
def test_a_title_after_a_source_noun_is_a_work(extractor, noun):
    # "the cult puzzle game 'Title'": quoted like a film, named as the work a film draws on
    from extractors.relations import Reader

    with extractor.nlp.select_pipes(disable=["filmkg_relations"]):
        doc = extractor.nlp(f'Gorsemoor Point draws on the cult {noun} "Murmur Vennel", which Ebbrin Threlkeld made.')
    named = next(m for m in Reader(doc).m.all if m.text == "Murmur Vennel")
    assert named.votes["Work"] > named.votes["Film"]


@pytest.mark.parametrize(("text", "owned", "expected"), [
    # "Surname's Title (1968)" where the text names the person: the possessive is no part of the title
    ("Doris Skaill worked with Paolo Brockhurst. Brockhurst's Once More in the Fens (1968) came next.",
     "Brockhurst's Once More in the Fens", "Once More in the Fens"),
    ("Brockhurst's A Harbour of Hours (1964) came next.", "Brockhurst's A Harbour of Hours", "A Harbour of Hours"),
    # no person of that name in the text, a one-word rest, an article first: the possessive is the title's own
    ("Brockhurst's Once More in the Fens (1968) came next.", "Brockhurst's Once More in the Fens",
     "Brockhurst's Once More in the Fens"),
    ("Doris Skaill worked with Paolo Brockhurst. Brockhurst's Fens (1968) came next.", "Brockhurst's Fens",
     "Brockhurst's Fens"),
    ("The Ferryman's Long Night (1968) came next.", "The Ferryman's Long Night", "The Ferryman's Long Night"),
])
def test_a_possessive_opening_a_title_run(extractor, text, owned, expected):
    from extractors.titles import _owner_cut

    doc = extractor.nlp.make_doc(text)
    for _, proc in extractor.nlp.pipeline[:-2]:  # (up to the parse and NER: the title finder's input)
        doc = proc(doc)
    start = text.index(owned)
    span = doc.char_span(start, start + len(owned))
    cut = _owner_cut(doc, (span.start, span.end))
    assert doc[cut[0]:cut[1]].text == expected


def test_an_untitled_studio_film_names_no_title(extractor):
    # "A's untitled Q7 comedy": the name before the film noun is the studio's or the brand's; the film has none yet
    from extractors.relations import Reader

    with extractor.nlp.select_pipes(disable=["filmkg_relations"]):
        doc = extractor.nlp('Other titles include the Doris Plennick-produced body-horror "Second Tallow," and '
                            "Herbert Vennel's untitled Q7 comedy, which screened a short reel.")
    reader = Reader(doc)
    reader.run()
    brand = next(m for m in reader.m.all if m.text == "Q7")
    assert brand.votes["Film"] < 2


HOME_VIDEO = """Home Video Roundup: Two Ghost Stories
Oct. 2, 2025

Two very different films this week.

TALLOWDEEP BECKONS (4K UHD, Blu-ray)
Mildred Skaill's prequel to her 2015 hit "Tallowdeep" underperformed when Quorn Pictures released it last May. Doris \
Plennick inherits the lead from Ysmay Oddny, who starred in "Tallowdeep." Skaill co-wrote the screenplay \
alongside Herbert Vennel, and Cuthbert Lumley handled photography.

SKERROW 9 (Quornflix)
Oswy Tamsk's first film since "Gull Reach" arrives after a short theatrical run. Gwendolen Brockhurst plays a \
lighthouse keeper, and Tamsk wrote the script with Dorrit Ambley.
"""


def test_a_roundups_caps_headings_give_each_section_its_film(extractor):
    # "TITLE (4K UHD, Blu-ray)", "TITLE 9 (Service)": a section's credits are its heading's film, not the older
    # film its first sentence names
    found = facts_of(extractor, HOME_VIDEO)
    assert {("Tallowdeep Beckons", "P58", "Herbert Vennel"), ("Tallowdeep Beckons", "P344", "Cuthbert Lumley"),
            ("Skerrow 9", "P161", "Gwendolen Brockhurst"), ("Skerrow 9", "P58", "Dorrit Ambley")} <= found
    assert not {("Tallowdeep", "P58", "Herbert Vennel"), ("Gull Reach", "P161", "Gwendolen Brockhurst")} & found


SIBLING_DIRECTORS = """Quorn Brothers Return
LONDON, Sept. 9, 2025

Tamas and Ferenc Skerrow have spent a decade on one story. The brothers from Krakow wrote and directed \
"Tallowdeep" (2017), a space thriller adapted from Oswy Tamsk's novel "The Cold Tallow." Their sister, Ilona \
Skerrow, scored it.
"""


def test_the_brothers_are_the_pair_named_first_name_and_full_name(extractor):
    # "Tamas and Ferenc Skerrow" (NER silent on both): "the brothers" are the two; "their sister" is no
    # sibling of one of them picked by a pronoun
    found = facts_of(extractor, SIBLING_DIRECTORS)
    assert {("Tallowdeep", "P57", "Tamas Skerrow"), ("Tallowdeep", "P57", "Ferenc Skerrow"),
            ("Tallowdeep", "P58", "Tamas Skerrow"), ("Tallowdeep", "P86", "Ilona Skerrow")} <= found
    assert ("Tallowdeep", "P57", "Ilona Skerrow") not in found


def test_a_film_in_a_closed_who_clause_is_not_the_later_verbs(extractor):
    # "A, who directed X, will helm ...": X belongs to the relative clause, however the parser hung it
    from extractors.relations import Reader

    with extractor.nlp.select_pipes(disable=["filmkg_relations"]):
        doc = extractor.nlp('Quorn Pictures is rebooting "Tallowdeep." Mildred Skaill, who directed The Rain Comes '
                            "for Us, will helm it from a script by Herbert Vennel.")
    reader = Reader(doc)
    reader.run()
    past = next(m for m in reader.m.all if m.text == "The Rain Comes for Us")
    helm = next(t for t in doc if t.text == "helm")
    assert reader._in_other_clause(past, helm)


def test_a_festival_is_neither_a_film_nor_a_firm(extractor):
    # a name ending in "Festival" is the event's organiser, whatever title cues its words got; it releases and
    # produces no film
    from extractors.assemble import _drop_festival_firms
    from extractors.model import Fact
    from extractors.relations import Reader

    with extractor.nlp.select_pipes(disable=["filmkg_relations"]):
        doc = extractor.nlp('The Skerrow Film Festival ends on Oct. 4 with the premiere of "Tallowdeep 2."')
    reader = Reader(doc)
    reader.run()
    fest = next(m for m in reader.m.all if m.text.endswith("Festival"))
    fest.votes["Film"] += 2.0  # (as a box-office rule might vote; short of a title cue)
    reader.m.decide()
    assert fest.type == "Organization"
    names = {"Organization:fest": {"label": "The Skerrow Film Festival"}, "Organization:quorn": {"label": "Quorn"}}
    facts = {(f, "P750", o): Fact(f, "P750", o, "s", 0, 1, "learned") for f, o in
             (("Film:t", "Organization:fest"), ("Film:t", "Organization:quorn"))}
    _drop_festival_firms(facts, names)
    assert [k[2] for k in facts] == ["Organization:quorn"]


def test_a_show_in_apposition_is_no_film(extractor):
    # "X, the ITV series set on ...": the name is a show's, whatever title cues it got; "Y, the second instalment of
    # the saga" is still a film
    from extractors.columns import columns
    from extractors.mentions import show_apposition

    with extractor.nlp.select_pipes(disable=["filmkg_titles", "filmkg_relations"]):
        doc = extractor.nlp("It reboots Gorsemoor, the ITV series set on a ferry, and Skaill, the long-running sitcom. "
                            "Tallowdeep, the second instalment of the saga, and Quorn, the animated series, too.")
    cols = columns(doc)
    ends = {t.text: t.i + 1 for t in doc if t.text in ("Gorsemoor", "Skaill", "Tallowdeep", "Quorn")}
    assert {w: show_apposition(cols, e) for w, e in ends.items()} == {
        "Gorsemoor": True, "Skaill": True, "Tallowdeep": False, "Quorn": True}



def test_a_quoted_title_is_no_service_a_film_leaves(extractor):
    # "A Is Leaving 'Title'" in a headline, as the parser read one: the quoted name is a title, not a streamer
    # the subject leaves, and the headline's words before it are no film
    from spacy.tokens import Doc

    from extractors.relations import Reader

    words = ["Quorn", "Denies", "Doris", "Plennick", "Is", "Leaving", "'", "The", "Skaill", "Bay", "'"]
    heads = [3, 3, 3, 5, 5, 5, 9, 9, 9, 5, 5]
    deps = ["compound", "compound", "compound", "nsubj", "aux", "ROOT", "punct", "det", "compound", "dobj", "punct"]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "AUX", "VERB", "PUNCT", "DET", "PROPN", "PROPN", "PUNCT"]
    tags = ["NNP", "NNP", "NNP", "NNP", "VBZ", "VBG", "``", "DT", "NNP", "NNP", "''"]
    lemmas = ["Quorn", "Denies", "Doris", "Plennick", "be", "leave", "'", "the", "Skaill", "Bay", "'"]
    spaces = [True, True, True, True, True, True, False, True, True, False, False]
    doc = Doc(extractor.nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, tags=tags,
              lemmas=lemmas, sent_starts=[True] + [False] * 10, ents=["B-ORG"] + ["I-ORG"] * 9 + ["O"])
    reader = Reader(doc)
    reader.platform_rules()
    assert not [r for r in reader.raw if r.relation == "P750"]
    assert not any(m.votes.get("Organization") for m in reader.m.all if "Skaill" in m.text)


def test_a_description_in_a_list_is_its_own_members(extractor):
    # "A, the editor on X, and B, who scored it", as the parser read such a list (B a conjunct of A): the
    # apposition is A's only and the relative clause B's only
    from spacy.tokens import Doc

    from extractors.relations import Reader

    parse = [("Quillane", "PROPN", "NNP", "nsubj", 2), ("brought", "VERB", "VBD", "ROOT", 2),
             ("back", "ADP", "RP", "prt", 2), ("Mildred", "PROPN", "NNP", "compound", 5),
             ("Vennel", "PROPN", "NNP", "dobj", 2), (",", "PUNCT", ",", "punct", 5), ("the", "DET", "DT", "det", 8),
             ("editor", "NOUN", "NN", "appos", 5), ("on", "ADP", "IN", "prep", 8),
             ("Gorsemoor", "PROPN", "NNP", "pobj", 9), (",", "PUNCT", ",", "punct", 5),
             ("and", "CCONJ", "CC", "cc", 5),
             ("Oswy", "PROPN", "NNP", "compound", 14), ("Tamsk", "PROPN", "NNP", "conj", 5),
             (",", "PUNCT", ",", "punct", 14), ("who", "PRON", "WP", "nsubj", 17),
             ("scored", "VERB", "VBD", "relcl", 14), ("it", "PRON", "PRP", "dobj", 17), (".", "PUNCT", ".", "punct", 2)]
    words, pos, tags, deps, heads = (list(x) for x in zip(*parse))
    heads = [h - 1 for h in heads]
    doc = Doc(extractor.nlp.vocab, words=words, pos=pos, tags=tags, deps=deps, heads=heads,
              lemmas=[w.lower() if w != "scored" else "score" for w in words],
              sent_starts=[True] + [False] * (len(words) - 1),
              ents=["O", "O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 7 + ["B-PERSON", "I-PERSON"] + ["O"] * 5)
    reader = Reader(doc)
    reader.run()
    credits = {(r.relation, r.object.text) for r in reader.raw if r.relation in ("P1040", "P86")}
    assert credits == {("P1040", "Mildred Vennel"), ("P86", "Oswy Tamsk")}


def test_a_film_in_a_phrase_on_a_person_is_an_aside(extractor):
    # "A, so brittle in 2019's "X," is funny here", as the parser read it (the adjective hung on A): X says who A
    # is, not what the text is about
    from spacy.tokens import Doc

    from extractors.relations import Reader

    parse = [("Plennick", "PROPN", "NNP", "nsubj", 11), (",", "PUNCT", ",", "punct", 0),
             ("so", "ADV", "RB", "advmod", 3), ("brittle", "ADJ", "JJ", "amod", 0), ("in", "ADP", "IN", "prep", 3),
             ("2019", "NUM", "CD", "poss", 8), ("'s", "PART", "POS", "case", 5), ('"', "PUNCT", "``", "punct", 8),
             ("Gorsemoor", "PROPN", "NNP", "pobj", 4), (",", "PUNCT", ",", "punct", 11),
             ('"', "PUNCT", "''", "punct", 11), ("is", "AUX", "VBZ", "ROOT", 11), ("funny", "ADJ", "JJ", "acomp", 11),
             (".", "PUNCT", ".", "punct", 11)]
    words, pos, tags, deps, heads = (list(x) for x in zip(*parse))
    doc = Doc(extractor.nlp.vocab, words=words, pos=pos, tags=tags, deps=deps, heads=heads,
              lemmas=[w.lower() for w in words], sent_starts=[True] + [False] * (len(words) - 1),
              ents=["B-PERSON"] + ["O"] * 13)
    reader = Reader(doc)
    film = reader.m.add(8, 9, "Film", 3.0)
    assert reader._aside(film)



LISTING = """Production chart: what is shooting this week

All entries come from the studios and may still move.

"THE GORSE HOUR"
Noir. Distributor: Quornflix. Prod. co.: Skerrow Films. Shooting in Wales through December.
Director: Oswin Tamsk. Writer: Ysmay Lumley, from Doris Vennel's 1953 novel "The Long Gorse." Producers: Edwina \
Plennick, Herbert Quorn. Editor: Oswy Tamber.
A ferry pilot fishes a stranger out of the estuary.

"SALT LANTERN"
Drama. Distributor: Ambley Pictures. Shooting in Cornwall.
Director: Mildred Skaill. Producer: Ysbel Gunn. Cast: Ebbrin Tamsk, Doris Lumley.
A lighthouse keeper takes in a stranger.
"""


def test_a_listing_with_quoted_headings_credits_each_section(extractor):
    # a quoted heading line opens a film's section; a label after a value ending in a quoted title ('novel "X."
    # Producers: ...') is still a label; "Prod. co." names the production company
    facts = facts_of(extractor, LISTING)
    assert {("The Gorse Hour", "P162", "Edwina Plennick"), ("The Gorse Hour", "P162", "Herbert Quorn"),
            ("The Gorse Hour", "P272", "Skerrow Films"), ("Salt Lantern", "P57", "Mildred Skaill"),
            ("Salt Lantern", "P161", "Doris Lumley")} <= facts
    assert ("The Gorse Hour", "P58", "Herbert Quorn") not in facts


RANKING = """The Year's Best Films: Our Critic Picks Four
By Oswin Tamber | Dec. 12, 2025

Some years the big films win. This was not one of them. Counting down:

4. "Gorse Hour"
Doris and Oswy Lumley made their feature debut with this coastal drama. Oswy penned it and Doris directed.

3. "The Vennel"
Ebbrin Tamsk toplines as a lighthouse keeper, from a script by Ysbel Gunn. Ambley Pictures released it in May.

2. "Skaillwick"
Mildred Skaill's mining saga, fronted by Herbert Quorn, was cut by Edwina Plennick and scored by Oswin Yarrow.

1. "Tallowdeep" — $40 million
Cinematographer Zelvaya Skerrow lensed writer-director Quillane Ambley's coming-of-age film in natural light.
"""


def test_a_numbered_ranking_with_quoted_headings_credits_each_section(extractor):
    # '3. "Title"' (or '1. "Title" — $40 million') opens that film's section, as a bare quoted heading does:
    # later paragraphs' credits go
    # to their own heading's film, not to the film named first or most
    facts = facts_of(extractor, RANKING)
    assert {("The Vennel", "P161", "Ebbrin Tamsk"), ("The Vennel", "P750", "Ambley Pictures"),
            ("Skaillwick", "P1040", "Edwina Plennick"), ("Skaillwick", "P57", "Mildred Skaill"),
            ("Tallowdeep", "P344", "Zelvaya Skerrow")} <= facts
    assert not {f for f in facts if f[0] == "Gorse Hour" and f[2] in ("Ebbrin Tamsk", "Edwina Plennick")}
    assert ("Gorse Hour", "P58", "Oswy Lumley") in facts


def test_the_title_role_names_a_film_whatever_ner_says(extractor):
    # "the title role in Name": a film named for its hero, so a PERSON tag on its words does not count against it
    from spacy.tokens import Doc

    from extractors.titles import cue_titles

    parsed = extractor.nlp("Oswy Tamsk landed the title role in Jacob Skerrow in 1960.")
    words = [t.text for t in parsed]
    k = words.index("Jacob")
    ents = ["O"] * len(parsed)
    ents[k], ents[k + 1] = "B-PERSON", "I-PERSON"
    doc = Doc(parsed.vocab, words=words, spaces=[bool(t.whitespace_) for t in parsed],
              pos=[t.pos_ for t in parsed], tags=[t.tag_ for t in parsed], deps=[t.dep_ for t in parsed],
              heads=[t.head.i for t in parsed], lemmas=[t.lemma_ for t in parsed], ents=ents)
    assert "Jacob Skerrow" in [doc[t.start:t.end].text for t in cue_titles(doc)]
    doc2 = extractor.nlp("Oswy Tamsk kept a role in Jacob Skerrow's garden.")
    assert "Jacob Skerrow" not in [doc2[t.start:t.end].text for t in cue_titles(doc2)]


def test_company_label_on_a_relatives_name_gives_way(extractor):
    # "sisters A and B Surname ... A Surname said": NER's company "B Surname" bears no company word and shares its
    # surname with a person named in full: a person
    from extractors.relations import Reader

    text = ("In 2019, sisters Ysbel and Ysolde Plennick convinced Vennel Productions to make a sequel. The sisters "
            'directed "Gorse Hour", which reunites the cast. Ysbel Plennick told reporters in Cardiff that the shoot '
            "was hard.")
    reader = Reader(extractor.nlp(text))
    reader.m.decide()
    types = {m.text: m.type for m in reader.m.all}
    assert types["Ysolde Plennick"] == "Person"
    assert types["Vennel Productions"] == "Organization"


def test_quoted_titles_in_sentence_case_are_titles_in_other_languages(extractor):
    # Spanish, French, Italian titles capitalise their first word only; English speech in quotes is no title
    from extractors.titles import quoted_titles

    doc = extractor.nlp('Years after "El perro sin casa" (2001), she said "we were lucky" and moved on.')
    assert [doc[t.start:t.end].text for t in quoted_titles(doc)] == ["El perro sin casa"]
