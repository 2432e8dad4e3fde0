"""Casualty counting per GTD on real report sentences (nkill includes perpetrators)."""
import pytest

from incidex.extract.casualties import PerpetratorModel, count_casualties


def casualties(nlp, text, names=()):
    doc = nlp(text)
    model = PerpetratorModel(names=names)
    sentences = list(doc.sents)
    model.learn(sentences)
    return count_casualties(sentences, model)


def test_total_then_itemised_victims_are_not_counted_twice(nlp):
    c = casualties(nlp, "Four people were shot to death in the attack. As he entered, he shot a customer and an "
                        "employee to death. The officer was wounded and died of his injuries.")
    assert (c.nkill, c.nkillter) == (4, 0)
    assert c.nwound == 0  # wounded and then died counts as killed only


def test_attacker_killed_by_police_counts_in_nkill_and_nkillter(nlp):
    c = casualties(nlp, "Two passersby were stabbed to death at the station. The attacker, a 29-year-old man, "
                        "was shot and killed by soldiers.")
    assert (c.nkill, c.nkillter) == (3, 1)
    assert (c.nwound, c.nwoundte) == (0, 0)


def test_conjoined_victims_in_one_sentence_are_added(nlp):
    c = casualties(nlp, "A police officer and four civilians were wounded. The policeman was wounded.")
    assert c.nwound == 5


def test_wounded_attacker_counts_in_nwoundte(nlp):
    c = casualties(nlp, "The bomber was seriously wounded and three commuters were slightly wounded.")
    assert (c.nwound, c.nwoundte) == (4, 1)
    assert c.nkill == 0


def test_pronoun_after_attacker_sentence_is_the_attacker(nlp):
    c = casualties(nlp, "Eight people were killed and 11 others were wounded. The driver drove toward the crowd, "
                        "hitting pedestrians. The driver was shot by police. He was wounded and taken to hospital.")
    assert (c.nkill, c.nwound, c.nwoundte) == (8, 12, 1)


def test_number_words_and_aggregates(nlp):
    c = casualties(nlp, "A total of 18 people were wounded in the blast.")
    assert c.nwound == 18
    c = casualties(nlp, "The bomb killed twenty-two people at the concert.")
    assert c.nkill == 22


def test_named_perpetrator_killed(nlp):
    c = casualties(nlp, "Police stormed the cafe and killed Man Haron Monis.", names=["Man Haron Monis"])
    assert (c.nkill, c.nkillter) == (1, 1)


def test_things_are_not_casualties(nlp):
    c = casualties(nlp, "The explosion destroyed two cars and damaged the station.")
    assert not c.stated
    assert c.nkill == 0 and c.nwound == 0


@pytest.mark.parametrize("text", ["", "No one was hurt.", "Shops were closed."])
def test_no_casualties_stated(nlp, text):
    c = casualties(nlp, text or ".")
    assert c.nkill == 0


def test_a_toll_including_the_bomber_counts_him_among_the_dead(nlp):
    c = casualties(nlp, "A suicide car bomber killed at least 12 people, including the bomber, at a hotel in "
                        "Mogadishu on Sunday, police said.")
    assert (c.nkill, c.nkillter) == (12, 1)


def test_among_them_is_part_of_the_toll_not_more_dead(nlp):
    c = casualties(nlp, "Gunmen stormed a maternity hospital in Kabul on Tuesday, killing 24 people, among them "
                        "two newborns. All three attackers were killed by security forces.")
    assert (c.nkill, c.nkillter) == (27, 3)


def test_an_attacker_shot_dead_by_police_after_the_attack_is_counted(nlp):
    c = casualties(nlp, "A man armed with a knife killed one person and wounded four others in central Paris on "
                        "Saturday evening before being shot dead by police.")
    assert (c.nkill, c.nkillter, c.nwound, c.nwoundte) == (2, 1, 4, 0)


def test_both_attackers_relative_clause_and_elliptic_more(nlp):
    result = casualties(nlp, "At least 20 hostages were killed, officials said. Both attackers were killed.")
    assert (result.nkill, result.nkillter) == (22, 2)
    result = casualties(nlp, "Chief Constable Ian Hopkins said the attacker, who died in the blast, had been identified.")
    assert (result.nkill, result.nkillter) == (1, 1)
    result = casualties(nlp, "About an hour later, a third bomb exploded in a carriage at Maelbeek metro station, "
                             "killing 16 more.")
    assert result.nkill == 16


def test_forces_killing_some_of_them_are_attackers(nlp):
    result = casualties(nlp, "Security forces battled the attackers through the night and ended the siege, "
                             "killing three of them and capturing two.")
    assert (result.nkill, result.nkillter) == (3, 3)


@pytest.mark.parametrize("text, expected", [
    # a toll raised to a figure is the sentence's total, not more people
    ("Rescuers pulled more bodies from the rubble on Tuesday, raising the death toll from Monday's "
     "bombing to 100.", (100, 0)),
    ("Three people were killed at the scene and 12 were wounded; two of the wounded later died, "
     "bringing the death toll to five.", (5, 12)),
    # states after "left", and a participle after its noun
    ("The attack left two people dead and five wounded.", (2, 5)),
    ("The attack resulted in one person killed.", (1, 0)),
    # the breakdown of a counted group is the same people
    ("Three other people, two women and a man, were injured and remain in hospital.", (0, 3)),
    ("Three soldiers, two policemen and a civilian were killed.", (6, 0)),
    # taken to hospital where he was declared dead: a death, no wound
    ("Abe, 67, was airlifted to hospital, where he was declared dead about five hours later.", (1, 0)),
    ("He was pronounced dead at the scene.", (1, 0)),
    # the figure after "some" read as an adverb by the parser; the dead counted, then four more
    ("At least fifteen people were killed and some forty injured, several of them seriously.", (15, 40)),
    ("Police initially counted 10 dead at the scene; four more victims died in hospital overnight.", (14, 0)),
    ("The coast guard has put the number of dead and missing at 116.", (116, 0)),
    # a harm denied is no casualty
    ("Three men were stabbed, and the two girls they defended were not hurt.", (0, 3)),
    # "in all" is the toll with the deaths told before it in the sentence
    ("A man drove into pedestrians and stabbed a police officer to death, killing five people in all.", (5, 0)),
    # a throat slit is a killing
    ("Two men armed with knives stormed a church, slitting the throat of an 85-year-old priest.", (1, 0)),
    # people of other nationalities listed after the first are more people (a breakdown of
    # soldiers by rank is not)
    ("Two Americans, a Swiss national and a Dutch citizen died on Sunday when a car rammed into a group of "
     "cyclists.", (4, 0)),
    ("Two soldiers, a captain and a sergeant, were killed in the ambush.", (2, 0)),
    # a rank's full stop ends no sentence, and the participle after "as troops were holding a
    # parade" is what the missile did (the commander killed is no attacker)
    ("The missile struck the camp as troops were holding a graduation parade, killing Brig. Gen. Munir "
     "al-Yafei, a commander of the Security Belt forces, officials said.", (1, 0)),
    # the toll of an attack "claimed by" a group is the reporter's, not the claimant's figure
    ("A missile attack claimed by Yemen's Houthi rebels killed at least 36 people on Thursday. The rebels "
     "said in a statement that they had killed 200 soldiers.", (36, 0)),
    # lives claimed; the victims the parser takes for the subject of the participle after them;
    # "more than 40" is a bound, not 40 more
    ("The attack on the village claimed the lives of at least 160 civilians.", (160, 0)),
    ("Insurgents killed at least 43 farmers working on rice fields. \"More than 40 citizens were all "
     "slaughtered,\" the governor said.", (43, 0)),
    # "another" is one more person
    ("A police officer was martyred and another was injured in the attack.", (1, 1)),
])
def test_tolls_in_the_shapes_reports_use(nlp, text, expected):
    c = casualties(nlp, text)
    assert (c.nkill, c.nwound) == expected


def test_people_shot_are_a_wound_figure_only_where_none_is_given(nlp):
    told = "A gunman killed 10 people and wounded three others. He shot 11 Black people and two white people."
    assert (casualties(nlp, told).nkill, casualties(nlp, told).nwound) == (10, 3)
    assert casualties(nlp, "The gunman shot four people outside the station.").nwound == 4


def test_no_one_killed_gives_no_terse_toll():
    from incidex.extract.casualties import stated_toll

    assert stated_toll("No one was killed, but two employees were injured.", "kill") is None
    assert stated_toll("One was killed and two were injured.", "kill")[0] == 1


def test_terse_tolls_of_security_briefs():
    from incidex.extract.casualties import stated_toll

    def tolls(text):
        return tuple((stated_toll(text, effect) or (None,))[0] for effect in ("kill", "wound"))

    assert tolls("4 KIA, 6 WIA.") == (4, 6)  # killed and wounded in action
    assert tolls("12 killed, 30+ wounded.") == (12, 30)
    assert tolls("Armed men attacked a customs post; 2 customs officers killed.") == (2, None)
    # who acted, a year, or the panic after are no tolls
    assert tolls("when four suicide bombers killed 52 people") == (52, None)
    assert tolls("In 2015 gunmen killed 12 people in the town") == (12, None)
    assert tolls("About 36 other people were injured in the ensuing panic.") == (None, None)


def test_the_attackers_told_as_also_killed_add_up(nlp):
    told = ("Security forces killed three of the attackers and captured a fourth. The suicide bomber "
            "also died.")
    assert (casualties(nlp, told).nkill, casualties(nlp, told).nkillter) == (4, 4)
    # of victims, "also killed" is part of the toll already given
    victims = ("Two bombs killed at least 20 people. Most of the dead were civilians; five soldiers and a "
               "coast guard member were also killed.")
    assert casualties(nlp, victims).nkill == 20


def test_an_apposition_of_the_wounded_is_no_death(nlp):
    told = ("The gunman opened fire with an assault rifle, killing two Swedish men and wounding a third, "
            "a taxi driver, prosecutors said.")
    assert (casualties(nlp, told).nkill, casualties(nlp, told).nwound) == (2, 1)


def test_a_timeline_in_the_present_tense_and_attackers_counted_as_part_of_them(nlp):
    c = casualties(nlp, "Police officer Alan Horujko confronts Artan and shoots him dead.",
                  names=["Abdul Razak Ali Artan"])
    assert (c.nkill, c.nkillter) == (1, 1)
    c = casualties(nlp, "The militants killed one U.S. serviceman and two contractors. "
                        "A spokesman said four of the attackers were killed.")
    assert (c.nkill, c.nkillter) == (7, 4)
    # "dozens of assailants ... without giving a figure": no figure to count
    c = casualties(nlp, "Gunmen killed 71 soldiers. Dozens of assailants were also killed, without giving a figure.")
    assert (c.nkill, c.nkillter) == (71, 0)


def test_a_passive_verb_conjoined_to_an_active_one_has_its_subject(nlp):
    c = casualties(nlp, "Saipov exited the vehicle and was shot and wounded by a police officer.", names=["Saipov"])
    assert (c.nwound, c.nwoundte) == (1, 1)


def test_they_counts_the_attackers_the_sentence_numbered(nlp):
    c = casualties(nlp, "Two gunmen opened fire at a bus stop, killing three people before they were shot dead "
                        "by soldiers.")
    assert (c.nkill, c.nkillter) == (5, 2)


def test_lost_their_lives_is_a_death_toll(nlp):
    c = casualties(nlp, "A total of 142 students, 3 police officers and 3 soldiers lost their lives, while 79 "
                        "people were injured.")
    assert (c.nkill, c.nwound) == (148, 79)


def test_an_aim_is_not_a_toll(nlp):
    c = casualties(nlp, "He drove to the synagogue armed with guns, intending to kill the 52 worshippers inside.")
    assert not c.nkill


def test_toll_including_two_conjoined_people_counts_the_attacker_among_them(nlp):
    c = casualties(nlp, "Police say four people have died, including the officer and the attacker.")
    assert (c.nkill, c.nkillter) == (4, 1)


def test_people_killed_one_by_one_by_name_add_up(nlp):
    c = casualties(nlp, "Monis shot cafe manager Tori Johnson dead. Barrister Katrina Dawson was killed by "
                        "fragments of a police bullet. Monis was shot dead by police.", names=["Man Haron Monis"])
    assert (c.nkill, c.nkillter) == (3, 1)


def test_absolute_clause_counts_the_attackers_killed(nlp):
    c = casualties(nlp, "The operation ended at about 7 p.m. with all four terrorists killed.")
    assert (c.nkill, c.nkillter) == (4, 4)


def test_murders_of_a_number_of_people_is_a_toll(nlp):
    c = casualties(nlp, "A jury sentenced him to death for the murders of nine parishioners at the church.")
    assert c.nkill == 9


def test_a_surname_named_in_full_before_is_a_person(nlp):
    c = casualties(nlp, "The court convicted eight people of helping Mohamed Lahouaiej-Bouhlel, the driver who drove "
                        "a truck along the promenade, killing 86 people. Lahouaiej-Bouhlel was shot dead by police.")
    assert (c.nkill, c.nkillter) == (87, 1)


def test_fact_box_fields_state_tolls():
    from incidex.extract.casualties import stated_toll

    assert stated_toll("• Killed: 22 (plus the attacker)", "kill")[0] == 22
    assert stated_toll("Injured: more than 800", "wound")[0] == 800
    assert stated_toll("Killed in action, says the army", "kill") is None


def test_people_told_one_by_one_by_their_ages_add_up(nlp):
    c = casualties(nlp, "A masked man attacked pupils and staff with a sword. A 20-year-old teaching assistant died "
                        "at the scene. A 15-year-old pupil died later in hospital.")
    assert (c.nkill, c.nkillter) == (2, 0)
    # the same person told twice ("One man was fatally injured ... A 50-year-old man died") is one
    c = casualties(nlp, "A man attacked customers with a knife. One man was fatally injured. A 50-year-old man died "
                        "at the scene.")
    assert (c.nkill, c.nkillter) == (1, 0)


def test_the_attackers_next_deed_adds_its_victims(nlp):
    c = casualties(nlp, "A man attacked two police officers from behind with a knife. He took their service weapons "
                        "and shot them dead. He then fired at a car parked nearby and killed the 22-year-old man "
                        "sitting in the passenger seat.")
    assert (c.nkill, c.nkillter) == (3, 0)
    # a later deed that is part of a toll told before adds nothing
    c = casualties(nlp, "A gunman killed 12 people at the market. He then shot dead a police officer at the gate.")
    assert c.nkill == 12


def test_the_fourth_attacker_and_the_bomber_beside_a_toll(nlp):
    c = casualties(nlp, "Twenty-five people were killed when four gunmen opened fire on the parade. Three of the "
                        "assailants were killed at the scene and the fourth died of his wounds in hospital.")
    assert (c.nkill, c.nkillter) == (29, 4)
    c = casualties(nlp, "A suicide bomber blew himself up on a metro train. Death toll rises to 14, plus the bomber.")
    assert (c.nkill, c.nkillter) == (15, 1)


def test_military_release_idioms(nlp):
    c = casualties(nlp, "During the exchange of fire, all six terrorists were sent to hell. Lieutenant Colonel Syed "
                        "Kashif Ali, aged 39 years, and Captain Muhammad Ahmed Badar, aged 23 years, along with five "
                        "soldiers embraced shahadat.")
    assert (c.nkill, c.nkillter) == (13, 6)


@pytest.mark.parametrize("text, nkill, nkillter, nwound", [
    # "Forty CRPF personnel": the parser makes "Forty" a compound of "CRPF"
    ("Forty CRPF personnel were killed.", 40, 0, 0),
    # a list the parser reads as an apposition
    ("I regret to announce that 142 students, three police officers and three soldiers lost their lives.", 148, 0, 0),
    # the figure before its noun in a toll
    ("The Ministry of Health said the death toll had risen to 25 martyrs.", 25, 0, 0),
    # the auxiliary understood: "and 19 other people injured"
    ("Six men were killed and 19 other people injured when a gunman opened fire.", 6, 0, 19),
    # the attacker's execution years later is no death of the attack
    ("The bomber killed 168 people. The bomber was executed on June 11, 2001.", 168, 0, 0),
    # the bomber beside the others shot dead
    ("Police said one attacker blew himself up and three others were shot dead by security forces, while a "
     "fifth was captured alive.", 4, 4, 0),
    # told alone, one death however it is told
    ("A suicide bomber blew himself up in a crowded market, killing 20 people and himself.", 21, 1, 0),
])
def test_tolls_the_parser_hides(nlp, text, nkill, nkillter, nwound):
    c = casualties(nlp, text)
    assert (c.nkill, c.nkillter, c.nwound) == (nkill, nkillter, nwound)


def test_tolls_of_soldiers_and_civilians_in_two_sentences_add_up(nlp):
    result = casualties(nlp, "The attackers rammed a truck bomb into the wall, resulting in the martyrdom of five "
                             "soldiers. Thirteen civilians were killed and 32 civilians were injured.")
    assert (result.nkill, result.nwound) == (18, 32)


def test_two_tolls_of_one_kind_are_one_told_twice(nlp):
    result = casualties(nlp, "Five soldiers were killed in the ambush. The army said the five soldiers were killed "
                             "when their patrol was hit.")
    assert result.nkill == 5


@pytest.mark.parametrize("text, nkill", [
    ("Unfortunately, we lost two soldiers in the attack, the commander said.", 2),
    ("Over 30 terrorists were neutralised by the troops.", 30),
])
def test_military_communique_words_for_deaths(nlp, text, nkill):
    assert casualties(nlp, text).nkill == nkill


def test_quoted_neutralised_is_no_toll(nlp):
    # 'The army said 160 assailants were "neutralised" in the counter-offensive': kept at a distance
    assert casualties(nlp, 'The army said 160 assailants were "neutralised" in the counter-offensive.').nkill == 0


def test_a_vague_word_yields_to_another_sentences_figure_but_not_to_a_part_of_its_own(nlp):
    told = casualties(nlp, "The gunmen killed scores of villagers. Officials said 31 villagers were killed.")
    assert told.nkill == 31
    own = casualties(nlp, "The insurgents killed dozens of people, including at least seven who died in an ambush.")
    assert own.nkill >= 24


def test_an_age_after_the_verb_is_no_toll(nlp):
    # "and killed 66-year-old Orthodox priest Nikolai Kotelnikov": one man of 66
    told = casualties(nlp, "In Derbent, attackers set fire to a synagogue and killed 66-year-old Orthodox priest "
                           "Nikolai Kotelnikov.")
    assert told.nkill == 1
    assert casualties(nlp, "Gunmen killed 66 people in the village.").nkill == 66



@pytest.mark.parametrize("text, nkill", [
    # "killed the Taliban governor of Balkh province, Mohammad Dawood Muzammil, in his office": the
    # parser gives the verb two objects; the name says who the governor was
    ("A gunman killed the provincial governor, Mohammad Dawood Muzammil, in his office.", 1),
    # "..., the first cabinet member to die in an attack": who the one killed was
    ("A bomb killed the refugees minister on Wednesday, the first cabinet member to die in an attack.", 1),
    # "killing civilians and volunteers": deaths told, their number not (unknown, not 0) ...
    ("Gunmen attacked the village, killing civilians and volunteers who were digging trenches.", None),
    # ... unless another sentence gives it
    ("Gunmen attacked the village, killing civilians. At least 12 people died.", 12),
])
def test_who_the_one_killed_was_and_deaths_of_untold_number(nlp, text, nkill):
    assert casualties(nlp, text).nkill == nkill


@pytest.mark.parametrize("text, nkill, nwound", [
    # a wounded victim who died later is a death, no longer among the wounded (GTD's nwound counts
    # the injured who survived)
    ("A gunman killed one detainee and wounded two others. A second detainee died of his wounds days later.", 2, 1),
    ("Three people were killed and 10 wounded. Two of the wounded later died in hospital.", 5, 8),
    ("Three people were killed and 10 wounded. One of the injured succumbed to his wounds on Sunday, raising the "
     "death toll to four.", 4, 9),
    # the part of the wounded told more of is no more wounded
    ("A gunman killed two people and wounded 21. Ten of the wounded were seriously injured.", 2, 21),
])
def test_the_wounded_who_died_later(nlp, text, nkill, nwound):
    c = casualties(nlp, text)
    assert (c.nkill, c.nwound) == (nkill, nwound)


@pytest.mark.parametrize("text, nkill, nkillter", [
    # "he" of "before he was shot dead" is the one who opened fire ...
    ("A guard opened fire on visitors near the synagogue, killing two pilgrims before he was shot dead.", 3, 1),
    # ... not the hostage he held, nor one of many gunmen
    ("A gunman seized a businessman and held him for days until he was killed.", 1, 0),
])
def test_he_of_a_clause_of_before(nlp, text, nkill, nkillter):
    c = casualties(nlp, text)
    assert (c.nkill, c.nkillter) == (nkill, nkillter)


@pytest.mark.parametrize("text, nkill, nwound", [
    # more dead told after the body's figure add to it, not to the lead's later total ...
    ("A suicide car bombing killed 37 people on Sunday, officials said. The car blew up next to a bus stop, killing "
     "35 people and wounding 120. Two more of the wounded later died in hospital.", 37, 118),
    # ... and without a lead, to the figure told before
    ("The car blew up next to a bus stop, killing 35 people and wounding 120. Two more of the wounded later died "
     "in hospital.", 37, 118),
    # "no consulate staff were hurt": nobody
    ("A gunman was shot dead near the consulate. Officials said no consulate staff were hurt.", 1, 0),
    # the army's operations are not the attack's toll
    ("Militants attacked an army camp, killing two soldiers, and 21 militants were killed in clearance operations "
     "across the province.", 2, 0),
])
def test_later_deaths_add_to_the_latest_figure(nlp, text, nkill, nwound):
    c = casualties(nlp, text)
    assert (c.nkill, c.nwound) == (nkill, nwound)


@pytest.mark.parametrize("text, nkill, nkillter, nwound", [
    # a part of those counted, told in apposition, is not counted again
    ("Four members of a family were wounded on the train, three of them seriously, and a woman who was "
     "walking her dog was hurt.", 0, 0, 5),
    # "shot himself": the attacker's death, not a wound
    ("Two men were shot dead outside the bar. A woman working at the bar was wounded. "
     "Police said the gunman had shot himself.", 3, 1, 1),
    # a distance is no people
    ("Three tourists were killed in Sunday's attack in the district, about 100 km (60 miles) "
     "south of the capital, and a French cyclist was wounded.", 3, 0, 1),
    # three people listed, the second read by the parser as an apposition of the first
    ("A gunman opened fire, killing four Marines and wounding a sailor, a police officer and a Marine "
     "recruiter before he was shot dead.", 5, 1, 3),
    # others of the kind just stabbed are beside him; others than the dead are not
    ("The suspect stabbed a municipal police officer in the neck. Two other municipal police officers were "
     "wounded.", 0, 0, 3),
    ("He stabbed James Furlong, David Wails and Joseph Ritchie-Bennett to death. He also attacked three other "
     "people, who survived their injuries.", 3, 0, 3),
])
def test_parts_lists_and_suicides_after_the_attack(nlp, text, nkill, nkillter, nwound):
    c = casualties(nlp, text)
    assert (c.nkill, c.nkillter, c.nwound) == (nkill, nkillter, nwound)


def test_a_later_count_replaces_the_first_reported_figure(nlp):
    # a figure told as the first report is kept only where no other is given
    c = casualties(nlp, "The Emergencies Ministry first reported 39 dead but later withdrew that figure. "
                        "Officials put the toll at 26 dead and 96 injured.")
    assert c.nkill == 26
    c = casualties(nlp, "The figure as of this morning is 152 refugees confirmed dead and 106 wounded.")
    assert c.nkill == 152
    # "raised the number to 65": the kind the sentence before counted
    c = casualties(nlp, "First reports spoke of 46 people wounded. Health officials later raised the number to 65.")
    assert c.nwound == 65
    # a partial count, not a figure replaced: "initially counted 10 dead ...; four more ... died"
    c = casualties(nlp, "Police initially counted 10 dead at the scene; four more victims died at hospitals overnight.")
    assert c.nkill == 14


def test_no_one_hyphenated_is_no_toll():
    from incidex.extract.casualties import stated_toll

    assert stated_toll("That explosion derailed it and injured dozens of passengers, but no-one was killed.", "kill") is None
