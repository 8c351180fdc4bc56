"""Redaction quality on the labelled corpora under tests/data.

dev_corpus.jsonl is the development set the first acceptance bars were stated on;
generalization.jsonl was written separately with other phrasings. handwritten.jsonl (calls),
handwritten_blind.jsonl, fresh_calls.jsonl (calls), typed.jsonl and typed_blind.jsonl (typed
prose) were written by hands that never
saw the engine, before the engine learned names from data: the first two are scored with the
same rule the product is judged by on unseen calls, and the blind one was never read while the
engine was tuned (its bar guards against regressions; it is not a target). fresh_calls_2.jsonl
was written by another such hand with the referent of every mention (`[PERSON@caller:...]`);
it was scored once, then read to find what the engine missed, so it is a tuning set now. It and
the dev corpus (referents labelled by `src/label_referents.py`) gate pseudonym coherence.
fresh_calls_3.jsonl, by a third such hand, was scored once (recall 0.948) and then read too;
so was fresh_calls_4.jsonl, by a fourth (recall 0.941, keep 0.956 when first scored), and
fresh_calls_5.jsonl, by a fifth (0.968, keep 0.941, scored after the fourth had been read).
fresh_calls_6.jsonl (40 calls) and typed_blind_2.jsonl (45 typed documents), by a sixth, were
scored once (calls 0.914, keep 0.962; typed 0.871, keep 0.925) and then read: their bars guard
against regressions. fresh_calls_7.jsonl (30 calls) and typed_blind_3.jsonl (35 documents), by a
seventh, were scored once at the end of the session that read the sixth's (calls 0.922, keep
0.935; typed 0.845, keep 0.930; the engine of that session's start scored 0.919 and 0.814).
fresh_calls_8.jsonl (40 calls) and typed_blind_4.jsonl (32 documents), by an eighth, were scored
once at the start of the next session (calls 0.923, keep 0.949; typed 0.866, keep 0.888) and
then read. fresh_calls_9.jsonl (35 calls) and typed_blind_5.jsonl (30 documents), by a ninth,
were written while that session worked and scored once at its end, unread (calls 0.911, keep
0.921; typed 0.813, keep 0.870; the engine of that session's start: 0.907 and 0.805), then
read; fresh_calls_10.jsonl (35 calls) and typed_blind_6.jsonl (30 documents), by a tenth, were
scored once later in that session, unread (calls 0.905, keep 0.908; typed 0.822, keep 0.909;
the session-start engine: 0.877 and 0.762), and then read for the cards that leaked.
fresh_calls_11.jsonl (40 calls) and typed_blind_7.jsonl (30 documents), by an eleventh, were
scored once at the start of the next session before any change (calls 0.941, keep 0.946; typed
0.910, keep 0.908) and then read. fresh_calls_12.jsonl (40 calls) and typed_blind_8.jsonl (30
documents), by a twelfth, were written while that session worked and scored once near its end,
unread (calls 0.906, keep 0.947; typed 0.867, keep 0.889; the session-start engine: 0.901 and
0.849), then read. fresh_calls_13.jsonl (40 calls) and typed_blind_9.jsonl (30 documents), by a
thirteenth, were scored once at the start of the next session before any change (calls 0.936,
keep 0.941; typed 0.912, keep 0.926) and then read. fresh_calls_15.jsonl (35 calls), by a
fifteenth, was written while that session worked and scored once unread (0.921, keep 0.935; the
session-start engine: 0.918), then read. fresh_calls_14.jsonl (40 calls) and
typed_blind_10.jsonl (30 documents), by a fourteenth, were written while that session worked and
never read: only their totals were looked at, as the session went (calls 0.940 with the
session-start engine, 0.951 at its end, keep 0.954; typed 0.905 and 0.915, keep 0.928).
fresh_calls_16.jsonl (32 calls), by a sixteenth, was written at that session's end and scored
before and after the fixes of its review, never read (0.920 both times, keep 0.928; the
session-start engine: 0.917). In the next session a before/after diff of every corpus's
redacted text showed most of the fourteenth hand's two sets by mistake: they count as read
from then on (as do two lines of the sixteenth hand's calls it showed; that set scored 0.938
unread at that session's end before, 0.941 after, a change whose category those lines held).
fresh_calls_17.jsonl (40 calls) and typed_blind_11.jsonl (30 documents), by a seventeenth,
were scored once at that session's start before any change (calls 0.933, keep 0.949; typed
0.932, keep 0.887) and then read. fresh_calls_18.jsonl (36 calls), by an eighteenth, was
written while that session worked and never read: only its totals were looked at (0.905 with
the session-start engine, 0.912 at the session's end, keep 0.949).
fresh_calls_19.jsonl (36 calls) and typed_blind_12.jsonl (24 documents), by a nineteenth,
were written at the next session's start and scored before they were read (calls 0.959 with
that session-start engine and 0.964 after its first changes, keep 0.951; typed 0.945, keep
0.962), then read. In that session the eighteenth hand's calls were read too, once their
unread figure had stood at 0.912 through the session's first changes; and fresh_calls_20.jsonl
(36 calls), by a twentieth, was written while it worked and never read: only its totals were
looked at (0.944 with that session-start engine, 0.953 at its end, keep 0.937; the next session
saw its first call by mistake and left it alone).
fresh_calls_21.jsonl (36 calls) and typed_blind_13.jsonl (24 documents, asked to be dense in firm,
product and place names that look like people's), by a twenty-first, were written at the next
session's start and scored before they were read (calls 0.951, keep 0.899; typed 0.957, keep
0.747). The calls were read half-way through that session (0.951 then; 0.978 at its end); the
typed set stayed unread, only its totals looked at (0.957 at the end, keep 0.758).
fresh_calls_22.jsonl (36 calls) and typed_blind_14.jsonl (26 documents, asked for multilingual
snippets, records and names that are common words), by a twenty-second, were written at the
next session's start and never read: only their totals were looked at (calls 0.939, keep 0.946
with that session-start engine; typed 0.894, keep 0.878). fresh_calls_23.jsonl (40 calls, many
people per call), by a twenty-third, was written during it, scored once (0.936, keep 0.947) and
read to find what missed.
In the eighth session four more hands wrote calls. fresh_calls_24.jsonl (40 calls, weighted to
plates, expiries, SSNs, logins and secrets), by a twenty-fourth, was scored at its start (0.947,
keep 0.943) and read. fresh_calls_25.jsonl (36 calls, many domains and cultures) and
fresh_calls_26.jsonl (36 calls, weighted to values that are easy to miss: plates in pieces,
corrections, national numbers in chunks), by a twenty-fifth and a twenty-sixth, were written
half-way through it and scored once, with the changes of its first half and with the
session-start engine alike (0.935, keep 0.958; 0.878, keep 0.952), then read.
fresh_calls_27.jsonl (32 calls, an ordinary week's mix), by a twenty-seventh, was written near its
end and never read: only its totals were looked at (0.973, keep 0.966, with the session-start
engine and the final one alike).
In the ninth session two more hands wrote calls. fresh_calls_28.jsonl (32 calls, many cultures,
messy speech), by a twenty-eighth, was written after its first changes and scored once with
them and with the session-start engine alike (0.945, keep 0.938 / 0.935), then read.
fresh_calls_29.jsonl (32 calls), by a twenty-ninth, was written near its end and never read:
only its totals were looked at (0.984, keep 0.963, with the session-start engine and the final
one alike). fresh_calls_30.jsonl (30 calls asked to be hard in the ways real calls are: values
read out character by character with corrections, spelled codes, business codes read out too),
by a thirtieth, was written at its very end and never read: session-start engine 0.906, keep
0.921; final engine 0.923, keep 0.909.
In the tenth session two more hands wrote calls, each scored once before any change they
prompted, then read. fresh_calls_31.jsonl (34 ordinary calls from many countries) by a
thirty-first: 0.979, keep 0.969. fresh_calls_32.jsonl (33 calls with imperfect speech-to-text,
agents reading values back wrongly, people talking about others at length) by a thirty-second,
written after the session's first changes: 0.960, keep 0.948, with the session-start engine
and the engine of that moment alike. fresh_calls_33.jsonl (33 ordinary calls) by a
thirty-third was written near the session's end and never read: only its totals were looked at
(0.961, keep 0.944, with the session-start engine and the final one alike).
In the eleventh session four more hands wrote calls, three parts each by three writers given one
mix of domains and countries. fresh_calls_34.jsonl (31 calls: health, telecoms, motoring) and
fresh_calls_35.jsonl (31 calls: payroll and tax, marketplaces and couriers, fraud lines and
remittances) were scored with the session-start engine (0.966, keep 0.959; 0.968, keep 0.954),
then read. fresh_calls_36.jsonl (31 calls: hotels and airlines, government services, IT
helpdesks) was written mid-session and scored with the session-start engine (0.961, keep 0.949)
and the engine of that moment (0.964, keep 0.949), then read. fresh_calls_37.jsonl (31 calls:
insurers, utilities, health services and billing), written at the same time, was never read:
only its totals were looked at (0.956, keep 0.948, with the session-start engine and the final
one alike).
In the twelfth session three more hands wrote fresh_calls_38.jsonl (31 calls: banking and
mortgages, pharmacy, gyms, car rental, utilities, telecoms, tax, airlines, vets, admissions,
health insurance, IT helpdesks, passports, card disputes, lettings, benefits, travel, Canadian
and Irish and Indian and Australian callers, funerals, charities, student loans). Scored with the
session-start engine (0.955, keep 0.934) and with the engine of the moment it arrived (0.955,
keep 0.936), then read. typed_blind_15.jsonl (25 typed documents: chats, e-mails, forms, CRM
notes, CSV rows, letters, SMS, complaints) by a fourth was scored with the session-start engine
(0.951, keep 0.883) and the engine of the moment (0.958, keep 0.877); only the keep spans that
engine lost and the session-start one did not were looked at. fresh_calls_39.jsonl (31 calls:
building societies, smart meters, cruises, council tax, NZ power, US health and pensions, alarms,
Indian KYC, remittances, German banking, roadside help, Scottish water, Medicare, customs, account
takeovers, Brazilian banking) by three more was scored with the session-start engine and the
engine of the moment alike (0.930, keep 0.926 and 0.929), then read. fresh_calls_40.jsonl (21
calls: an ordinary week at British and North American contact centres; a third writer's part did
not arrive in time) by two more, written at the session's end, was never read: only its totals
were looked at (0.975, keep 0.921 with the session-start engine; 0.978, keep 0.921 with the final
one). The third writer's part (11 calls) arrived after that session closed and scored 0.928,
keep 0.936, with that session's final engine; it was lost with that machine before it was
committed, unread.
In the thirteenth session four more hands wrote at its start. fresh_calls_41.jsonl (35 calls:
US utilities, insurers, pharmacy benefits, carriers, credit unions and student loans; British,
Irish and South African banks, energy, councils, travel, GPs, networks and broadband; Canadian,
Australian, New Zealand, Indian, Singaporean and Kenyan payroll, marketplaces, telehealth,
exchanges, car rental and mobile money) by three was scored before any change (0.972, keep
0.945) and never read. typed_blind_16.jsonl (55 typed documents) by a fourth was scored before
any change (0.925, keep 0.957) and never read: only their totals were looked at.
fresh_calls_42.jsonl (34 calls: hospital billing, alarms, movers, mortgages, vets, DMVs and
airline loyalty in North America; German, Dutch, French, Spanish, Irish and British banks,
hotels, phones, insurers, pensions and car finance; Philippine, Malaysian, Australian, New
Zealand, South African, Nigerian and Indian telcos, banks, energy, claims, fintech and shops)
by three more, written while that session worked, was scored with the session-start engine
and the engine of the moment alike (0.962, keep 0.928), then read. typed_blind_17.jsonl (51
typed documents: chat logs, forwarded e-mail threads, tickets with form fields, typed-up notes,
SMS) by a fourth, written at the same time, was scored with the session-start engine (0.926,
keep 0.935) and the engine of the moment (0.931, keep 0.935), and never read.
fresh_calls_43.jsonl (34 calls: an outsourced centre's ordinary week; calls asked to be hard,
with families' details in one go, wrong read-backs, values split over many turns, spelled
names and addresses in pieces; business-to-business lines where business values dominate) by
three more was scored with the session-start engine (0.924, keep 0.930) and the engine of the
moment (0.928, keep 0.930), then read. fresh_calls_44.jsonl (36 calls: an ordinary week at
North American, British, Irish, Australian, New Zealand, Indian, Singaporean, Philippine, South
African and Nigerian centres) by three more, written near that session's end, was never read:
only its totals were looked at (0.975, keep 0.956 with the session-start engine; 0.977, keep
0.956 with the final one). fresh_calls_45.jsonl (24 calls: half asked to be hard in the ways
real calls are, values in pieces with backchannels, wrong read-backs, changed minds, spelled
names and e-mails, addresses in turns; half an ordinary day) by two more, written at the very
end, was never read: only its totals were looked at (0.940, keep 0.977 with the session-start
engine; 0.946 with the final one; the hard half 0.932 / 0.938).
typed_blind_18.jsonl (55 typed documents leaning to the workplace: shift handovers, HR and
recruitment e-mails, tenancy messages, school messages, invoices, logistics tickets) by a hand
that wrote while the fourteenth session worked, was scored with the session-start engine (0.951,
keep 0.919) and never read (its first document was seen on the screen as it was copied in).
fresh_calls_46.jsonl (36 calls: vets and pet insurance, admissions, phone repair, pensions, car
rental, water; freight and customs, payroll, mortgages, dentists, alarms, tickets; outpatients,
a credit union, broadband, parking fines, furniture, gyms; half asked to be hard, a third in
rough lower-case ASR) by three more, written while that session worked, was scored with the
session-start engine (0.968, keep 0.951; the three hands 0.964, 0.964, 0.980), then read.
fresh_calls_47.jsonl (36 calls: lost baggage, home insurance claims, council tax and benefits,
a bank's fraud team, a nursery, a travel agent (UK, Ghanaian, Pakistani, Jamaican, Irish and Sri
Lankan callers, most calls asked to be hard); a US health insurer, carrier, student loans,
pharmacy benefits, roadside, tax help; Australian, New Zealand, Singapore, Indian, Canadian and
South African lines) by three more, written while that session worked, scored 0.952 (keep
0.959) with the session-start engine and the engine of that moment alike; the hands 0.895,
0.989, 0.994. The first hand's 12 calls were then read; the other 24 never were.
typed_blind_19.jsonl (53 documents customers type to companies: complaints, web forms, live
chats with speaker labels, delivery notes, warranty claims, direct messages) by another hand,
written while that session worked, scored 0.949 (keep 0.926) with the session-start engine and
the engine of that moment alike, and was never read. fresh_calls_48.jsonl (23 calls: card
services, phone insurance, electricity billing, hotel reservations, pet insurance claims, a car
dealer's service desk; a GP surgery, mortgage servicing, removals, a university helpdesk, an
airline's loyalty scheme, waste collection; half asked to be hard) by two more hands, scored
0.965 (keep 0.938; the hands 0.974 and 0.957) with the session-start engine and the engine of
that moment alike, and was never read. fresh_calls_49.jsonl (23 calls: a vet, a gym, student
loans, phone repair, a tax office, water, dentists, ferries, a credit union, home insurance
claims, groceries, council housing; and, asked to be hard (disfluent, values split and
corrected, names that are words), a mortgage broker, car rental, a lottery claims line, parking
fines, a courier, pensions, hospital billing, satellite TV, a pawn shop, hotel loyalty, travel
insurance) by two more hands, scored 0.940 (keep 0.957; the hands 0.952 and 0.928) with the
session-start engine and the engine of that moment alike, then read. typed_blind_20.jsonl (54
documents, names with no introduction in prose, addresses and phones of many countries) by
another hand, scored 0.878 (keep 0.938) with both engines alike, and was never read.
typed_blind_21.jsonl (54 more documents of that kind by another hand) and fresh_calls_50.jsonl
(22 calls: broadband faults, health insurance, cinema bookings, car finance, student housing,
boiler repair, mortgage arrears, a sports club, electricity, furniture deliveries, a GP; and,
asked to be hard, an immigration firm, debt collection, an emergency vet, rideshare support,
water, card fraud, a wedding venue, parking permits, number porting, home care, student visas)
by three more hands, written after most of that session's changes, scored 0.952 (keep 0.907)
and 0.965 (keep 0.975; the hands 0.986 and 0.947) with the session-start engine and the engine
of that moment alike, and were never read. fresh_calls_51.jsonl (24 calls: a vet and pet
insurance, council tax, a mortgage servicer, gym cancellations, a Singapore telco, a New Zealand
power company, a courier claim, university admissions, dentists, unemployment benefits, car
rental damage, a home warranty; and, asked to be hard, hospital appointments, airline loyalty,
crypto account recovery, letting agents, debt collection, school attendance, roadside
assistance, pharmacy benefits, hotel reservations, a charity donor line, marketplace sellers,
phone insurance) by two more hands, scored 0.945 (keep 0.954; the hands 0.970 and 0.922) with
both engines alike, then read. typed_blind_22.jsonl (55 documents) by another hand, scored
0.900 (keep 0.878) with both engines alike, then read. typed_blind_23.jsonl (53 documents) and
fresh_calls_52.jsonl (24 calls: a building society, prior authorisation, a cellphone network,
baggage claims, a GP surgery, a tax agent, a car dealership, mobile money, solar panels,
student loans, lost property, a microchip registry; and, asked to be hard, a funeral director,
cruises, broadband installs, parking permits, school fees, a pension transfer, a deposit
dispute, prescriptions, a hacked gaming account, a wedding photographer, car finance, passport
appointments) by three more hands, written after most of the sixteenth session's changes,
scored 0.907 (keep 0.893) and 0.961 (keep 0.933; the hands 0.979 and 0.948) with the
session-start engine, 0.907 and 0.964 with the engine of that moment; the second call hand was
then read. fresh_calls_53.jsonl (24 calls: a credit union auto loan, smart meter bookings,
remittances, a health card renewal, a two-wheeler claim, childcare subsidy, a gym warranty, a
German bank, hotel loyalty, a water leak, a phone trade-in, vet insurance; and, asked to be
hard, bank fraud, removals, a hearing clinic, a tax refund, dog grooming, a mortgage payment
holiday, ticket resale, an EV charger, a visa centre, dental insurance, a car warranty,
student housing) and typed_blind_24.jsonl (53 documents) by three more hands, written later
still, scored 0.913 (keep 0.949; the hands 0.946 and 0.877) and 0.873 (keep 0.927) with the
session-start engine, 0.925 and 0.873 with the engine of that moment; the hard hand and the
typed set were then read. fresh_calls_54.jsonl (24 calls: pharmacy refills, broadband billing,
an Indian card desk, a port-out, a health fund, a car insurer, municipal rates, a hotel
amendment, furniture delivery, e-scooters, a dentist's reminder, gift aid; and, asked to be
hard, a lost-card hotline, a landlord's repairs, a bank's bereavement team, a phone upgrade,
council housing, a private GP, airport parking, a visa sponsor, a caravan park, jewellery
insurance, courier redelivery, a Canadian tax office) and typed_blind_25.jsonl (54 documents)
by three more hands, written at the sixteenth session's end, scored 0.939 (keep 0.965; the
hands 0.963 and 0.922) and 0.928 (keep 0.918) with the session-start engine and the engine of
that moment alike; then only the hard hand's missed secrets, birth dates and card parts were
read (0.949 after the last change, the hands 0.963 and 0.939). fresh_calls_55.jsonl (23
calls: a vet clinic and pet insurer, a mortgage servicer, a SIM-swap desk, university fees, a
courier, a dentist; a car rental desk, a pension provider, alarm monitoring, hospital billing, a
gym, a ferry operator; callers from Nigeria, the Philippines, Scotland, New Zealand, the US
South, Poland, Kenya, Vietnam, Wales, Quebec, Texas and Sri Lanka) by two more hands, written at
the seventeenth session's start, scored 0.939 (keep 0.969; the hands 0.938 and 0.939) with the
session-start engine; the first hand was then read (0.951 after, the hands 0.957 and 0.946).
fresh_calls_56.jsonl (22 calls: a pharmacy's prior authorisation, a car insurance claim, an
internet outage, student loans, a gym, a vet clinic, a tax preparer, a credit union joint
account, hotel loyalty points, an electric utility; an energy switch, a phone upgrade, council
tax, travel insurance, a card lost abroad, superannuation, a rental car, a GP surgery, a
router, a mortgage payment holiday, school fees; US, Canadian, UK, Irish, Australian, NZ, South
African and Indian callers) by two more hands, written at the eighteenth session's start,
scored 0.959 (keep 0.959; the hands 0.967 and 0.950) with the session-start engine; the first
hand was then read (0.969 after, the hands 0.987 and 0.950). fresh_calls_57.jsonl (23 calls:
customs duty at a courier, a roaming bill, a condo office, lost baggage, a hospitalisation
claim, a fraud callback, car finance settlement, university admissions, a licensing helpline,
a home warranty, a subscription box; Medicare, a 401k hardship withdrawal, a DMV title, a SIM
swap, an alarm false dispatch, school enrolment, rideshare pay, propane, a funeral plan, a
credit bureau dispute, a fishing licence; callers from Singapore, Malaysia, Hong Kong, Kenya,
Ghana, Jamaica, Trinidad, Malta, Scotland and across the US) by two more hands, written in the
eighteenth session after its first changes, scored 0.959 (keep 0.941; the hands 0.941 and
0.974) with the session-start engine; the first hand was then read (0.971 after, the hands
0.967 and 0.974). fresh_calls_58.jsonl (24 calls: a water leak, boiler cover, phone insurance,
a student deposit, repeat prescriptions, a housing association, an MOT, a held parcel, a
microchip registry, a gym freeze, a bereavement notification, premium bonds; a claim denial
appeal, escrow, a utility deposit, a cable downgrade, a payoff quote, workers' compensation, a
vet payment plan, a lost phone, a cruise change, a passport courier, a stolen card, mail-order
prescriptions; Welsh, Northern Irish, northern English, Nigerian, Pakistani, Polish,
Brazilian, Bangladeshi, US and Canadian callers) by two more hands, written late in the
eighteenth session, scored 0.958 (keep 0.956; the hands 0.937 and 0.976) with both the
session-start engine and the engine of that moment; then only the first hand's missed secrets
were read (0.968 after, the hands 0.958 and 0.976). fresh_calls_59.jsonl (24 short calls
about verification only: memorable words and dates, maiden names, first pets and schools,
favourite films, places of birth, passcodes, characters of passwords, last payment amounts,
security words, street and mascot questions, answered in unusual ways; UK, Irish, Australian,
NZ, Indian, US and Canadian callers) by two more hands asked to stress security answers,
written at the eighteenth session's end, scored 0.837 (PASSWORD 0.42; the hands 0.846 and
0.827) with the session-start engine and the engine of that moment alike; then only the first
hand's missed secrets were read (0.861 after, the hands 0.890 and 0.827): the weakest set and
type there is, kept as a guard and a measure of what is left. fresh_calls_60.jsonl (22 calls:
a tax office, a benefits agency, council housing, number porting, a gym cancellation, a vet,
a removals firm, a student loan, a car hire damage dispute, a mortgage broker; a credit union,
a prescription refill, broadband support, a dentist, a travel insurance claim, an EV charging
account, marketplace seller support, a water bill; Nigerian, South African, Filipino,
Singaporean, NZ, US, Mexican, Polish, Vietnamese, Kenyan, Scottish and Quebec callers) by two
more hands, written at the nineteenth session's start, scored 0.964 (keep 0.953; the hands
0.968 and 0.959) with the session-start engine; the first hand was then read (0.974 after, the
hands 0.987 and 0.959). fresh_calls_61.jsonl (22 calls: a bank's fraud team, a mobile bill, a
hospital's appointments, a storm claim, a courier, a university's finance office, a pension, a
car service desk, a hotel change, a smart meter; a health insurer, a brokerage transfer, a
frequent-flyer desk, satellite TV, a property manager, a licensing office, a collections call,
a furniture delivery, a telehealth pharmacy, a charity; English, Welsh, Irish, Indian,
Ghanaian, Australian, Canadian, US, Puerto Rican, Jamaican, Korean, German, Brazilian and
Filipino callers) by two more hands, written in the nineteenth session after its first
changes, scored 0.943 (keep 0.972; the hands 0.938 and 0.947) with the session-start engine
(the same with the engine of that moment); the first hand was then read (0.973 after, the hands
1.000 and 0.947). fresh_calls_62.jsonl (32 short calls about verification only: favourite
places, foods, films and books, first cars and pets, maiden names, nicknames, memorable dates,
characters of passwords, voice passwords, answered hesitating, thinking aloud, guessing and
putting right, in English mixed with Welsh, Irish, French, Spanish, Hindi, Tagalog or Yoruba
words; UK, Irish, Indian, Nigerian, Australian, US, Canadian, Mexican, Filipino, Scottish and
NZ callers) by two more hands asked to stress security answers, written in the nineteenth
session, scored 0.786 (PASSWORD 0.49; the hands 0.774 and 0.798) with the session-start
engine; the first hand was then read (0.876 after, PASSWORD 0.72; the hands 0.913 and 0.840):
with fresh_calls_59 (0.892 at the nineteenth session's end: its read hand 0.945, its unread
0.827), the measure of what is left. fresh_calls_63.jsonl (22 calls: a broadband move, a car
insurance renewal, a pharmacy delivery, a mortgage overpayment, a hotel complaint, a parcel
return, a council tax discount, a vet, a card dispute, a gym contract, a phone upgrade; a card
activation, health claims, cable billing, airline rebooking, a student loan, a payment plan,
car finance, retail returns, dental insurance, tax preparation, a home warranty; English,
Scottish, Irish, Nigerian, Indian, Pakistani, Polish, Australian, US, Mexican, Filipino,
Vietnamese, Canadian, Jamaican and Kenyan callers) by two more hands, written late in the
nineteenth session and never read: 0.986 (keep 0.965; the hands 0.985 and 0.987) with the
session-start engine, 0.990 (the hands 0.992 and 0.987) with the session's last.
fresh_calls_64.jsonl (12 calls: a leak report, mortgage arrears, a lost phone, hospital
billing, meter readings, removals, a travel refund, parking permits, probate, an MOT, school
admissions, home emergency; Welsh, northern English, Glaswegian, Dublin, Lagos, Karachi, Kerala,
Auckland and Cape Town callers; identifiers said in parts, with letters, corrected, and
addresses given in pieces stressed) by one more hand, written late in the nineteenth session,
scored 0.918 (keep 0.948) with the session-start engine, then read (0.939, keep 0.953).
typed_blind_26.jsonl (54 typed documents: customer e-mails and chats to utilities, banks,
airlines, schools, clinics and shops, workplace messages, building group chats, invoices and
delivery notes; UK, Irish, US, Canadian, Indian, Nigerian, Kenyan, South African, Filipino,
German, Brazilian, Polish and NZ writers) by one more hand, written at the nineteenth session's
end and never read: 0.920 (keep 0.898, PERSON 0.91) with the session-start and last engines
alike. fresh_calls_65.jsonl (14 short verification calls at banks, telecoms, insurers,
utilities, pensions, retail account desks and government lines, half in unmarked speech;
English, Scottish, Welsh, Irish, Indian, Ghanaian, South African, US and Canadian callers) by
one more hand asked to stress security answers, written at the nineteenth session's end,
scored 0.802 (keep 0.974) with the session-start engine, then read (0.854 after).
fresh_calls_66.jsonl (12 calls: a mortgage servicer, student loans, car rental, a vet, a number
port-out, council tax, a gym cancellation, a storm claim, a missed delivery, a fraud alert
call-back, hearing aids, school admissions; US, UK, Welsh, Nigerian, Filipino, NZ, South African
and Jamaican callers) by one more hand, written at the twentieth session's start and never
read: 0.977 (keep 0.979) with the session-start engine. fresh_calls_67.jsonl (12 calls: a
pension, a tax helpline, hospital outpatients, a broadband outage, a credit union, a travel
rebooking, pet insurance, a meter dispute, marketplace seller support, a dentist, a PIN reset,
a letting agent; Canadian, Irish, Indian, Singaporean, Mexican-American, Polish, Ghanaian and
Scottish callers) by one more hand, written then, scored 0.965 (keep 0.979) with the
session-start engine, then read (0.994 after). typed_blind_27.jsonl (50 typed documents: team
chat, complaint e-mails, HR onboarding notes, property tickets, a school newsletter, a freight
exception report, clinic reminders, a forum thread, a speaker list, an RSVP, a landlord's
letter) by one more hand, written then and never read: 0.948 (keep 0.938, PERSON 0.93).
fresh_calls_68.jsonl (12 verification calls: a building society, a network's security desk, a
pension, priority services, a fraud team, housing repairs, a health insurer, broadband, car
finance, a tax office, a student account, a savings provider; English, Scottish, Irish, Welsh,
Indian, Nigerian, Ghanaian, US, Canadian, Australian and Filipino callers) by one more hand
asked to stress security answers, written in the twentieth session, scored 0.890 (keep 0.944)
with the session-start engine, then read (0.937 after). fresh_calls_69.jsonl (12 verification
calls: telephone banking, an energy account line, phone insurance, a life insurer, a credit
union, student loans, direct debits, an investment platform, water, a mortgage lender, a store
card, a benefits line; English, Northern Irish, Scottish, Kenyan, Pakistani, South African, US,
NZ, Polish, Jamaican and Malaysian callers) by one more hand asked to stress security answers,
and fresh_calls_70.jsonl (12 calls: baggage, hotel loyalty, furniture delivery, a GP, a car
claim, parcel lockers, tickets, a broadband install, repeat prescriptions, a card replacement,
removals, a gas engineer; Irish, Australian, Indian, Nigerian, Canadian, Texan, New York,
Birmingham, Newcastle, Scottish, Trinidadian, Filipino and Vietnamese-Australian callers) by
another, both written mid-way through the twentieth session and never read: 0.820 (keep 0.981)
and 0.962 (keep 0.929) with the session-start engine, 0.828 and 0.962 (keep 0.938) with the
engine of that moment. fresh_calls_71.jsonl (12 calls: a utility's moving-home line,
supermarket orders, a mortgage payment holiday, roaming, private hospital billing, a car service
desk, parking permits, a travel insurer's emergency line, a gym freeze, a uniform shop, a kitchen
fitter's complaints, a charity's donor care; Welsh, Lancashire, Glasgow, Cork, Lagos, Accra,
Karachi, Chennai, Manila, Toronto, Sydney, Auckland and Cape Town callers) by a 103rd hand,
written late in the twentieth session, scored 0.966 (keep 0.968) with the session-start engine
and with the engine of that moment, then read (0.972 after). At the twenty-first session's start,
four more hands: fresh_calls_72.jsonl (12 calls: a vet's insurance claim, a parking appeal, phone
insurance, a gym freeze, a pension transfer, student loans, a car-hire dispute, a smart meter, a
lottery account, a tax refund, a visa appointment, an alarm company; South African, New Zealand,
Nigerian, Filipino, Scottish and Texan callers), scored 0.993 (keep 0.938) with the
session-start engine, then read (keep 0.983 after); fresh_calls_73.jsonl (12 calls: hospital
outpatients, a damaged delivery, a broadband no-show, a credit union loan, a dental plan, a
ticket refund, a ferry, a housing association leak, a marketplace payout, school fees, roadside
recovery, a pharmacy; Welsh, Jamaican, Pakistani, Quebec, Malaysian and Midwestern callers),
never read: 0.947 (keep 0.928); typed_blind_28.jsonl (53 typed documents: tenant messages,
admissions e-mails, courier tickets, a volunteers' rota, a games shop, a sports club's minutes),
never read: 0.927 (keep 0.924, PERSON 0.88); fresh_calls_74.jsonl (11 verification calls asked
to stress security answers), never read: 0.810 (keep 0.965, PASSWORD 0.59). Then, mid-session,
fresh_calls_75.jsonl (12 calls stressing account identifiers: member, policy, loyalty, student,
union and library numbers) scored 0.966 (keep 0.980) and was read (0.993 after), and
typed_blind_29.jsonl (55 typed documents: a vet's inbox, car-share support, a wedding venue, a
charity's volunteers, a coworking channel, a landlords' newsletter) scored 0.920 (keep 0.953)
and was read. fresh_calls_76.jsonl (12 calls: a lost card, a meter reading dispute, a holiday
cancellation, grocery substitutions, repeat prescriptions, a car service, a roaming bill, a water
damage claim, university accommodation, a missed parcel, a fraud callback, bin collections;
Manchester, Dublin, Lagos, Mumbai, Vancouver, Brisbane and Georgia callers), written at the
session's end and never read: 0.966 (keep 0.941) with the session-start engine, 0.966 (keep
0.946) with its final one. The twenty-second session's sets, written after its first changes and
never read: fresh_calls_77.jsonl (12 calls: pet insurance, an overdraft dispute, a season-ticket
refund, a phone trade-in, a boiler repair, a tax office, a dentist, a car hire damage charge,
nursery fees, a marketplace scam, a pension transfer, a hotel group booking; Scottish, Kenyan,
Polish, Texan, Ontario, New Zealand, Singapore and Trinidad callers; a third with security
questions) 0.946 (keep 0.972, PASSWORD 0.71) with the session-start engine, 0.973 (PASSWORD
1.00) with its first changes; typed_blind_30.jsonl (54 typed documents: a property portal, a
charity's volunteers, a course forum, a bike shop, a GP practice, a wedding supplier, a
logistics firm's driver notes, a PTA newsletter) 0.957 (keep 0.961, PERSON 0.94) with both.
Then, mid-session: fresh_calls_78.jsonl (12 calls: broadband speed, cashback, a parking fine
appeal, a utilities move, a travel medical claim, a lost passport, car finance settlement,
university fees, a gym freeze, a grocery refund, a deposit dispute, a roaming bill; Welsh,
Ghanaian, Vietnamese-Australian, Albertan, Irish, Filipino, Louisiana and Northern English
callers), never read: 0.977 (keep 0.967) with the session-start engine and with its changes of
that moment; fresh_calls_79.jsonl (11 verification calls asked to stress security answers)
0.904 (keep 0.898, PASSWORD 0.69) with the session-start engine, 0.917 (PASSWORD 0.73) with its
changes of that moment, then read. fresh_calls_80.jsonl (12 calls: a card blocked abroad, a
smart meter fault, a car insurance renewal, a misdelivered parcel, a dental claim, council tax,
a phone upgrade, lost baggage, a mortgage payment holiday, a pet microchip, a student loan, an
internet outage; Yorkshire, Nigerian, Quebec, Texan, Indian-Canadian, South African, Scottish
and New Zealand callers), written late in the session, never read: 0.983 (keep 0.967) with the
session-start engine and with its changes of that moment. fresh_calls_81.jsonl (11
verification calls asked to stress security answers: a credit union, a mobile network, water,
a car insurer, a stockbroker, student finance, a utility, a pension fund, a building society,
a retailer's account team, a tax helpline), written at the session's end, never read: 0.865
(keep 0.958, PASSWORD 0.59) with the session-start engine, 0.901 (PASSWORD 0.70) with its last.
fresh_calls_82.jsonl (11 verification calls asked to stress security answers: a pet insurer,
gas, a savings bank, a phone company's fraud team, an alumni office, pharmacy benefits, a home
insurer, broadband, a lottery account, car finance, a private clinic; Cornish, Trinidadian,
Ontario, Punjabi, Belfast, Queensland, Accra, Cebu, Georgia, Cork and Durban callers) and
fresh_calls_83.jsonl (12 calls: a hotel double charge, a washing machine warranty, a gym freeze,
a rail season ticket refund, a leak in a rented flat, a balance transfer, a prescription delay,
a cruise travel claim, child benefit, a laptop repair, a car park fine, a pension transfer),
written at the next session's start, never read: 0.874 (keep 0.949, PASSWORD 0.65) and 0.994
(keep 0.946) with that session-start engine, 0.914 (PASSWORD 0.78) and 1.000 with its changes
of mid-session; fresh_calls_82 was then read (its leaks listed) and counts as read.
fresh_calls_84.jsonl (11 verification calls asked to stress security answers: a mortgage
lender, satellite TV, energy, a motorbike insurer, an investment platform, student
accommodation, a payday lender, premium bonds, a mobile wallet, council repairs, a pet
pharmacy) and fresh_calls_85.jsonl (11 more: a home insurer, a telecom's business desk, a
building society, car rental, a bank's fraud line, water, a credit card, a rail account, a gym,
a superannuation fund, council tax), written during that session by hands that never saw the
engine, never read: 0.910 (keep 0.946, PASSWORD 0.75) and 0.907 (keep 0.980, PASSWORD 0.80)
with the session-start engine; 0.914 and 0.907 with its last. fresh_calls_86.jsonl (12 general
calls: an embassy, broadband, a car service, a missed bin, pet insurance, a gym, a mortgage, a
flight refund, a hearing aid, a stolen bike, a tenancy deposit, a school uniform) 0.929 (keep
0.935) with the session-start engine, 0.935 with its changes of that moment, then read: 0.968.
fresh_calls_87.jsonl (12 general calls: a meter reading, a card lost abroad, a burst pipe, a
phone upgrade, a GP booking, student loan, a holiday cottage, a dentist, car finance, customs,
a TV licence, a pension), written at the session's end, never read: 0.993 (keep 0.923) with
the session-start engine and with its last. fresh_calls_88.jsonl (36 calls by three hands asked
to stress security answers: banks, a mobile network, energy, car and health insurance, a
pharmacy, an airline, card fraud, broadband, a pension, a hotel, council tax, a vet; UK,
Nigerian, Canadian, Filipino, US, Indian, Irish, South African, Australian, New Zealand,
Scottish, Polish and Jamaican callers) 0.879 (keep 0.962, PASSWORD 0.61) with the next
session's start engine, then read; fresh_calls_89.jsonl (36 general calls by three more hands,
same domains and countries), never read: 0.982 (keep 0.950) with that session-start engine.
fresh_calls_90.jsonl (33 calls by three more hands asked to stress security answers: a
building society, satellite TV, water, breakdown cover, dental insurance, an online pharmacy,
train tickets, card fraud, student loans, a banking app, home and pet insurance, a gym, a
crypto exchange; Welsh, Ghanaian, Quebec, Malaysian, Texan, Pakistani, Northern Irish, Kenyan,
Queensland, Samoan, Glaswegian, Romanian-born and Barbadian callers), written mid-session:
0.909 (keep 0.954, PASSWORD 0.73) with the session-start engine, 0.918 with the session's
changes of that moment, then read. fresh_calls_91.jsonl (34 calls by three hands asked to
stress security answers: a credit union, fibre broadband, a smart meter, van insurance, vision
insurance, a mail-order pharmacy, ferries, a card dispute, a tax office, mortgage servicing,
parking permits, admissions, a kennel, phone repair; Yorkshire, Zimbabwean, Ontario,
Vietnamese-Australian, Georgian (US), Sri Lankan, Cork, Botswanan, Wellington, Cardiff,
Bulgarian-born, Trinidadian and Edinburgh callers) and fresh_calls_92.jsonl (33 general calls
by three more hands, same domains and countries), written near that session's end, never
read: 0.913 (keep 0.966, PASSWORD 0.69) and 0.963 (keep 0.974) with its start engine.
fresh_calls_93.jsonl (12 calls by one hand asked to stress security answers: card fraud, a
mobile account, a home claim, a pension, a brokerage, energy, a gym, a building society, a
crypto exchange, council tax, a travel card, a credit union; UK, US, Irish, Indian, Nigerian,
Australian, Canadian, Filipino and Polish callers) and fresh_calls_94.jsonl (12 general calls by
another: airline rebooking, hospital appointments, car rental, parcels, student loans, a vet,
broadband, a marketplace, immigration intake, a hotel, furniture, water), written at the next
session's start: 0.927 (keep 0.977, PASSWORD 0.70) and 0.985 (keep 0.969) with that session's
start engine; _93 read mid-session (0.993 after), _94 never read. fresh_calls_95.jsonl (12
security-stressed calls: a children's savings account, a prepaid card, car finance, a dental
payment plan, a mortgage, satellite TV, a charity, a deposit scheme, a payday lender, loyalty
points, travel insurance, a casino; Scottish, Welsh, Texan, Ghanaian, Kenyan, South African,
Singaporean, Jamaican, New Zealand, Quebec and Romanian-born callers) written mid-session: 0.915
(keep 0.944, PASSWORD 0.70) with the start engine, 0.920 with that moment's, then read; and
fresh_calls_96.jsonl (12 more, by another hand: a student account, telecom fraud, pet
insurance, solar finance, streaming, ferries, water, rent-to-own, hospital billing, trading,
motorcycle insurance) written late: 0.863 (keep 0.956, PASSWORD 0.56) with the start engine,
0.894 with that moment's, then read (0.919 after). fresh_calls_97.jsonl (12 security-stressed
calls by a fresh hand: a mortgage desk, SIM swaps, a dental plan, a riding school, home
warranty, console accounts, coaches, gas, pawn loans, an alumni fund, crypto, caravans;
Yorkshire, Devon, Texan, Quebec, Ghanaian, Ugandan, Filipino, Pakistani, Australian, New
Zealand, Cork and Edinburgh callers) and fresh_calls_98.jsonl (12 general calls by another),
written at the next session's start: 0.891 (keep 0.942, PASSWORD 0.76) and 0.980 (keep 0.977)
with that session's start engine; _97 0.908 with its first changes unread, then read (0.937
after); _98 never read. fresh_calls_99.jsonl (12 more security-stressed calls by a third hand:
a savings app, a landline, a cash plan, dog walking, boiler cover, smart home, rail season
tickets, electricity, buy-now-pay-later, school fees, money transfers, motorhomes) written
mid-session: 0.801 (keep 0.953, PASSWORD 0.53) with the start engine, 0.823 with that
moment's, then read (0.887 after); fresh_calls_100.jsonl (12 by a fourth hand: premium bonds,
cable TV, hearing aids, a cattery, alarm monitoring, a fitness tracker, trams, heating oil,
title loans, a nursery, remittances, narrowboats; Cumbrian, Norfolk, Mississippi, Manitoba,
Ghanaian, Tanzanian, Filipino, Pakistani, Darwin, Nelson, Waterford and Inverness callers):
0.805 (keep 0.986, PASSWORD 0.53) with the start engine, 0.832 with that moment's, then read
(0.884 after). fresh_calls_101.jsonl (12 by a fifth hand: a cash ISA, satellite broadband, a
vaccination payment plan, horse insurance, window cleaning, an e-reader store, bike share,
district heating, logbook loans, a music school, a travel card, caravan site fees): 0.847 (keep
0.961, PASSWORD 0.58) with the start engine, 0.881 (keep 0.957) with that moment's, then read
(0.891 after). fresh_calls_102.jsonl (12 by a sixth hand: card fraud, a water softener, a
dental insurer, a livery yard, camera cloud storage, a smart watch, a ferry pass, a feed-in
tariff, guarantor loans, student housing, a currency card, a lodge owners' fund) and
fresh_calls_103.jsonl (12 by a seventh: children's bonds, number porting, a GP subscription,
pet sitting, garage doors, games streaming, a toll road, propane, car finance, a driving
school, a crypto card, a timeshare club): 0.853 and 0.888 (PASSWORD 0.57, 0.72) with the start
engine, 0.891 and 0.897 with that moment's, then read (0.918, 0.902 after).
fresh_calls_104.jsonl (12 by an eighth hand: a regular saver, fibre moves, a physio plan, dog
daycare, a roofing guarantee, a VPN, park-and-ride, wood pellets, student loans, a swimming
club, a shares app, canal moorings): 0.877 (keep 0.970, PASSWORD 0.70) with the start engine,
0.897 (keep 0.965) with that moment's, then read (0.938 after). fresh_calls_105.jsonl (12 by
a ninth hand: a fixed-rate bond, a phone and TV bundle, an optician's plan, horse transport,
gutter cleaning, photo storage, a car club, heat pumps, gold loans, a dance school,
peer-to-peer lending, a marina): 0.875 (keep 0.955, PASSWORD 0.79) with the start engine,
0.889 with that moment's, then read (0.899 after). fresh_calls_106.jsonl (12 by a tenth hand:
an easy-access saver, broadband support, a chiropractor, riding holidays, pest control, a
chess club, delay repay, LPG, loan collections, a tutoring platform, a digital wallet,
self-storage), written at the session's end: 0.894 (keep 0.975, PASSWORD 0.74) with the start
engine, 0.918 with its last, never read.

The twenty-seventh session's hands: fresh_calls_107.jsonl (12 general calls: mortgage arrears,
satellite TV, pet insurance claims, student housing, parcel lockers, a hearing-aid clinic,
student loans, a water company, an online grocer, a timeshare, van leasing, card fraud; callers
from Yorkshire to Cebu) 0.958 (keep 0.946) with the start engine, then read (0.964 after);
typed_blind_31.jsonl (53 typed documents: tenants, a patient liaison, freight, a parents'
chat, a dealership, invoices, an airline form, a church hall, bank messages, a gym; brands and
towns beside names) 0.908 (keep 0.938, PERSON 0.90) with the start engine, then read (0.934).
Mid-session: fresh_calls_108.jsonl (12 general calls: savings bonds, fibre moves, a dental
plan, kennels, solar panels, console support, a ferry, gas, a pawnbroker, nursery fees, a
transfer app, caravan cover) 0.929 (keep 0.932) with the start engine and with that moment's,
then read (0.974 at the end); typed_blind_32.jsonl (55 typed documents: housing, a vet,
shipping, a club's parents, a car dealer, invoices, a rail complaint, a community centre, a
credit union, a yoga studio) 0.921 (keep 0.889) with the start engine, 0.921 (keep 0.902) with
that moment's and 0.921 (keep 0.889) with the last, never read. Written late:
fresh_calls_109.jsonl (12 general calls: card hardship, phone upgrades, health cover, pet food,
windows, a thermostat, coaches, heating oil, car finance, a music school, remittances,
campervans) 0.982 (keep 0.974) with the start engine and with its last, never read.

The twenty-eighth session's hands, both scored with the start engine before any change:
typed_blind_33.jsonl (55 typed documents: a letting agent, a dentist, a customs broker, scout
parents, a bike shop, a translator's invoices, a ferry complaint, a village hall, an insurer's
messages, a climbing wall; writers from Sheffield to Sherbrooke) 0.953 (keep 0.906, PERSON
0.93); fresh_calls_110.jsonl (12 general calls: savings, broadband faults, a dentist, furniture
deliveries, council tax, EV charging, travel insurance, payday collections, a language school,
boiler cover, lost parcels, crypto account recovery) 0.976 (keep 0.960). Mid-session:
fresh_calls_111.jsonl (12 general calls: a pension helpline, roaming, opticians, garden
deliveries, housing benefit, bike share, a holiday park, debt advice, a driving school, flood
claims, an out-of-hours vet, ticket refunds) 0.980 (keep 0.948), never read;
fresh_calls_112.jsonl (12 calls, each with a security step told with hesitation, relatives
prompting, guesses and read-backs) 0.918 (keep 0.962, PASSWORD 0.76), then read. Late:
typed_blind_34.jsonl (55 typed documents: a property manager, physio bookings, an import agent,
a choir, a garden machinery dealer, a photographer's invoices, a coach complaint, club
lettings, a building society, a pottery studio) 0.934 (keep 0.890, PERSON 0.91) with the start
engine and with that moment's, never read; fresh_calls_113.jsonl (12 general calls: mortgage
servicing, fibre installs, physio, mattress returns, parking fines, solar batteries, hire-car
damage, a credit builder card, a swimming school, alarm monitoring, removals, wallet disputes)
0.956 (keep 0.956) with the start engine and with that moment's, never read.

The twenty-ninth session's hands, each scored with the engine it found first: fresh_calls_114.jsonl
(12 general calls: mortgage arrears, a broadband move, a dental plan, meal kits, a loft
conversion, security cameras, a ferry, propane, motorbike finance, a dance school, a money
transfer app, a caravan park) 0.984 (keep 0.961), never read; fresh_calls_115.jsonl (12 calls,
each with a security step: characters of a memorable word, knowledge checks of merchants and
top-ups, relatives prompting, titles, codes changed) 0.866 (keep 0.928, PASSWORD 0.69), then
read; typed_blind_35.jsonl (52 typed documents: a letting agent, a dog groomer, a freight
forwarder, rugby parents, a bike shop, a florist's invoices, a bus complaint, a church hall, a
building society, a pilates studio) 0.931 (keep 0.911, PERSON 0.90), then read. Mid-session, with
the start engine and with that moment's alike: fresh_calls_116.jsonl (12 general calls: a credit
union, fibre installs, opticians, veg boxes, a kitchen fitter, robot vacuums, airport parking,
water softeners, van leasing, a martial arts club, prepaid cards, glamping) 0.965 (keep 0.962),
never read; typed_blind_36.jsonl (55 typed documents: an estate agent, a cattery, removals,
netball parents, a tyre garage, a caterer's invoices, a tram complaint, a scout hut, a mutual
bank, a climbing gym) 0.908 (keep 0.877, PERSON 0.86), then read. Late, alike: fresh_calls_117.jsonl
(12 calls, each with a security step: digits of a passcode by their places, knowledge checks of
purchases, maiden names, memorable phrases, rejected answers) 0.919 (keep 0.985, PASSWORD 0.80),
then read; fresh_calls_118.jsonl (12 general calls: student loans, satellite TV, vet insurance,
coffee subscriptions, roofing, e-bikes, coach holidays, coal, tractor finance, a swimming club,
remittance kiosks, holiday cottages) 0.977 (keep 0.925), never read. Written last and never read,
each the same with the start engine and the final one: fresh_calls_119.jsonl (12 calls, each with
a security step: a digital bank, council tax, a GP service, plants, glazing, smart meters, ferry
tickets, heat pumps, phone finance, student rooms, transfers, caravans) 0.917 (keep 0.924,
PASSWORD 0.82); typed_blind_37.jsonl (55 typed documents: a property manager, a dog walker, a
courier depot, cricket parents, a car valeter, a cake maker's invoices, a ferry complaint, a
village hall, a credit union, a dance studio) 0.899 (keep 0.898, PERSON 0.87).

The thirtieth session's hands, each scored with the engine it found before any was read:
fresh_calls_120.jsonl (12 calls with a security step: an online bank, phone insurance, a pension
line, a gym chain, home emergency cover, a smart speaker, a car club, student rooms, a
peer-to-peer lender, a dance school, a crypto exchange's recovery desk, a caravan park) 0.849
(keep 0.965, PASSWORD 0.70), then read; fresh_calls_121.jsonl (12 general calls: store card
collections, broadband, travel insurance, baby formula, solar panels, a fitness tracker,
minibus hire, wood pellets, motorbike finance, a swimming club, a transfer app, narrowboats)
0.982 (keep 0.948), never read; typed_blind_38.jsonl (53 typed documents: a lettings office, a
farrier, parcel lockers, hockey parents, a motorbike dealer, a bakery's invoices, a cable car
complaint, a sports hall, a building society, a pilates studio) 0.915 (keep 0.891, PERSON 0.88),
then read; fresh_calls_122.jsonl (12 calls with a security step: a building society's fraud
line, broadband security, health claims, a vet's payment plan, appliance repairs, a video
doorbell, bike hire, a letting agent, car finance collections, tutoring, a transfer firm's
compliance desk, a marina) 0.896 (keep 0.975, PASSWORD 0.75), never read;
typed_blind_39.jsonl (53 typed documents: student lettings, a riding school, a courier
franchise, rowing parents, a campervan dealer, a butcher's invoices, a ferry complaint, a
village hall, a credit union, a climbing wall) 0.916 (keep 0.872, PERSON 0.89), never read;
fresh_calls_123.jsonl (12 calls with a security step: lost cards, SIM swaps, dental and pet
insurers, a home warranty, a thermostat, scooter hire, university rooms, a payday lender, a
driving school, a trading app, a lodge park) 0.935 (keep 0.967, PASSWORD 0.86), never read;
typed_blind_40.jsonl (55 typed documents: a property manager, dog daycare, removals, swimming
parents, a van dealer, a florist's invoices, a tram complaint, a community hall, a building
society, a yoga retreat) 0.921 (keep 0.860, PERSON 0.89), never read;
typed_blind_41.jsonl (55 typed documents: a letting agency, a dog groomer, a freight forwarder,
netball parents, a motorbike dealer, a caterer's invoices, a bus complaint, a church hall, a
building society, a pilates studio) 0.951 (keep 0.853, PERSON 0.92), never read;
fresh_calls_125.jsonl (12 calls with a security step: a mortgage broker, cable retentions, a
travel insurer, a wine club, solar panels, a video doorbell, airport parking, a gas network, a
credit builder card, a driving school, a payroll bureau, a marina) 0.928 (keep 0.985, PASSWORD
0.90), never read; fresh_calls_124.jsonl (12 calls with a security step: a student loan
servicer, satellite TV billing, a dental plan, a meal kit, a roofer, alarm monitoring, a ferry,
a water utility, a payday lender, university rooms, a crypto exchange, a caravan park) 0.937
(keep 0.958, PASSWORD 0.80), then read; typed_blind_42.jsonl (53 typed documents: student
rooms, a cattery, a customs broker, rugby parents, a caravan dealer, a printer's invoices, a
taxi complaint, a scout hut, a mutual insurer, a dance school) 0.925 (keep 0.889, PERSON 0.91),
then read; fresh_calls_127.jsonl (12 general calls: store card collections, roaming, a private
GP, contact lenses, garage doors, a robot vacuum, a sleeper train, propane, boat loans, a
language school, student remittances, glamping) 0.965 (keep 0.935, PERSON 0.97), never read;
fresh_calls_126.jsonl (12 calls with a security step: a credit union, fibre faults, a pet
insurer, coffee beans, a kitchen fitter, a smart lock, coaches, a heat network, a title lender,
a nursery, a transfer app, a lodge park) 0.957 (keep 0.971, PASSWORD 0.88), never read;
typed_blind_43.jsonl (50 typed documents: housing repairs, a dog walker, removals, swimming
parents, a van dealer, a florist's invoices, a ferry complaint, a village hall, a credit union,
a martial arts school) 0.950 (keep 0.868, PERSON 0.93), never read; fresh_calls_128.jsonl (12
calls with a security step: a bank's fraud team, prepaid mobile, a dental plan, vitamins,
double glazing, a baby monitor, bike share, boiler servicing, a guarantor lender, a swimming
school, a transfer firm, canal boats) 0.870 (keep 0.970, PASSWORD 0.79), then read;
fresh_calls_129.jsonl (12 calls with a security step: online banking, a broadband bundle, a
travel money card, pet food, loft insulation, a smart speaker, e-scooters, LPG, a logbook
lender, a dance academy, a remittance app, holiday cottages) 0.909 with the session's start
engine, 0.927 with the engine it was added with (keep 0.948, PASSWORD 0.68 -> 0.76), never read;
typed_blind_44.jsonl (50 typed documents: student lettings, a livery yard, a parcel forwarder,
cricket parents, a motorhome dealer, a bakery's invoices, a tram complaint, a community garden,
a credit union, a climbing centre) 0.942 (keep 0.902, PERSON 0.93), then read;
typed_blind_45.jsonl (51 typed documents: holiday lettings, a pet sitter, a courier depot,
hockey parents, a used car lot, a joinery's invoices, a train complaint, a sports pavilion, a
building society, a yoga studio), written at the session's end: 0.940 with its start engine,
0.945 with its final one (keep 0.870, PERSON 0.91 -> 0.92), never read; fresh_calls_130.jsonl
(12 security-stressed calls: a card issuer's security team, cable TV, a health savings account,
dog treats, driveway paving, a smart thermostat, ferry bookings, heating oil, a title loan
lender, a gymnastics club, a student transfer service, beach huts), written at the session's
end: 0.919 with both its start and final engines (keep 0.963, PASSWORD 0.74), never read.

Thirty-second session (2026-12-06): fresh_calls_131.jsonl (12 security-stressed calls: a
building society's mortgage desk, broadband moving home, a dental payment plan, a meal kit, a
locksmith, a security camera, a ferry, a water company, a student loan servicer, a golf club,
a crypto exchange's account recovery, a classic-car insurer) 0.917 with its start engine (keep
0.962, PASSWORD 0.75), then read (0.969); fresh_calls_132.jsonl (12 general calls: a store
card's collections, a fibre installer, a travel insurer, coffee beans, a kitchen fitter, a
robot vacuum, a regional airline, LPG, van leasing, a dance school, a money-transfer app,
narrowboat hire) 0.957 (keep 0.929), then read (0.984, keep 0.972); typed_blind_46.jsonl (52
typed documents: a lettings agent, a dog groomer, a freight forwarder, netball parents, a
motorbike dealer, a caterer's invoices, a parking appeal, a scout hut, a building society, a
pilates studio) 0.952 (keep 0.882), then read (0.964); fresh_calls_133.jsonl (12
security-stressed calls: a credit union, cable TV retentions, vet insurance, a wine club, a
roofer, a smart doorbell, coach holidays, a gas emergency line, motorbike finance, a swimming
club, a prepaid card's fraud team, a horsebox insurer) 0.912 with both the start engine and
the engine before it was read (keep 0.944), then read (0.959); typed_blind_47.jsonl (54 typed
documents: an estate agent, a cattery, removals, rugby parents, a caravan dealer, a florist's
invoices, a patient advice form, a village hall, a mutual insurer, a climbing wall) 0.939 with
the start engine, 0.944 with the engine of mid-session (keep 0.907), never read;
fresh_calls_134.jsonl (12 general calls: a store card, satellite broadband, a gadget insurer,
tea, a bathroom fitter, a smart speaker, a sleeper train, heating oil, minibus leasing, a
drama school, a remittance app, canal boats) 0.988 (keep 0.947) with both; its keep losses
were read and nothing changed for them. Written at the session's end and never read:
fresh_calls_135.jsonl (12 security-stressed calls: a building society's savings line, a TV
licence office, pet insurance claims, a veg box, double glazing, a baby monitor, river cruises,
an electricity network's outage line, caravan finance, a tennis club, a digital bank's fraud
team, a vintage motorbike insurer) 0.892 with both the start and final engines (keep 0.935 ->
0.940, PASSWORD 0.77); fresh_calls_136.jsonl (12 general calls: a catalogue store, 5G home
broadband, a phone insurer, cheese, loft conversions, a smart lock, an island ferry, wood
pellets, camper conversion loans, a martial arts school, a money-transfer service, houseboats)
0.967 (keep 0.954) with both.

The thirty-third session's nine hands, each scored first with the engine the session started
with: fresh_calls_137.jsonl (12 security-stressed calls: a building society's savings desk, an
MVNO, dental insurance, a meal kit, a roofer, a camera doorbell, a ferry, gas, a student loan
servicer, university housing, a crypto exchange's recovery team, a horsebox insurer) 0.933
(keep 0.971), then read (0.966); fresh_calls_138.jsonl (12 general calls: a store card's
collections, broadband moves, a travel insurer, coffee beans, paving, a robot vacuum, a bus
line, propane, motorbike finance, a dance school, a money-transfer app, canal boats) 0.946
(keep 0.952), then read (0.957, keep 0.966); typed_blind_48.jsonl (53 typed documents: council
tax, a dog groomer, freight, cricket club chat, a motorbike dealer, a florist, airline refunds,
a church hall, a mutual bank, a climbing gym) 0.934 (keep 0.910), then read (0.961);
fresh_calls_139.jsonl (12 security-stressed calls) 0.896 (keep 0.907), then read (0.927, keep
0.934); fresh_calls_140.jsonl (12 general calls) 0.949 (keep 0.937), then read (0.980);
typed_blind_49.jsonl (53 typed documents) 0.921 (keep 0.886), then read (0.926). Written near
its end and never read: fresh_calls_141.jsonl (12 security-stressed calls: a mutual bank, a
SIM-only brand, hearing-aid cover, flowers, loft insulation, a baby monitor, coach holidays,
district heating, a logbook lender, a flight school, a remittance app's security team, a
narrowboat insurer) 0.915 with the start engine, 0.921 with the final one (keep 0.961, PASSWORD
0.84); fresh_calls_142.jsonl (12 general calls) 0.973 (keep 0.962) with both;
typed_blind_50.jsonl (55 typed documents) 0.936 with both (keep 0.828 with both; one place
taken by a rule of the session's was put right before it ended).

The thirty-fourth session's first three hands, each scored first with the engine the session
started with, then read: fresh_calls_143.jsonl (12 security-stressed calls: a credit union, a
broadband security desk, dental cover, cat sitting, a roofing guarantee, a video doorbell, a
ferry, gas, a payday lender, university accommodation, a gold loan shop, a caravan insurer)
0.904 (keep 0.949, PASSWORD 0.79), then 0.972; fresh_calls_144.jsonl (12 general calls) 0.986
(keep 0.967), then 1.000 (keep 0.983); typed_blind_51.jsonl (55 typed documents: a letting
agent, a dog groomer, freight, a rugby club's chat, a bike shop, a caterer, a bus company, a
village hall, a building society, a pilates studio) 0.921 (keep 0.901), then 0.940 (keep
0.919). The next three, scored first with the start engine and with the engine of the
session's middle, then read: fresh_calls_145.jsonl (12 security-stressed calls: a building
society, a fibre firm's fraud team, optical cover, dog daycare, damp-proofing, a smart lock, an
island ferry, heating oil, a logbook lender, college halls, a pawnbroker, a static caravan
insurer) 0.867 (keep 0.924, PASSWORD 0.69), 0.879 in the middle, then 0.909;
fresh_calls_146.jsonl (12 general calls) 0.936 (keep 0.922), then 0.954 (keep 0.936);
typed_blind_52.jsonl (55 typed documents) 0.961 (keep 0.907), then 0.965 (keep 0.914). Written
near the session's end and never read: fresh_calls_147.jsonl (12 security-stressed calls: a
mutual savings bank, a SIM-swap desk, a pet health plan, window cleaning, a loft warranty, an
alarm monitoring centre, a rail smartcard office, a heating oil co-op, a doorstep lender, a
bursar, a money-transfer agent, a boat insurer) 0.882 with the start engine and with the
engine of the session's middle (keep 0.945, 0.954); fresh_calls_148.jsonl (12 general calls)
0.969 with both (keep 0.941); typed_blind_53.jsonl (55 typed documents) 0.945 with both (keep
0.865, 0.869).

Written in the thirty-fifth session by three more hands, scored first with the engine the
session started with, then read: fresh_calls_149.jsonl (12 security-stressed calls: a credit
union's card desk, council tax, number porting, a pension, a gym, home insurance claims, a
student loan servicer, parcel lockers, a crypto exchange, a vet practice plan, water, car
rental damage) 0.935 (keep 0.908, PASSWORD 0.87), then 0.968 (keep 0.935);
fresh_calls_150.jsonl (12 general calls: dental bookings, broadband outages, furniture
deliveries, travel refunds, admissions, payroll, repairs, tyres, donor care, repeat
prescriptions, lost baggage, a car dealer's service desk) 0.970 (keep 0.960), then 0.982;
typed_blind_54.jsonl (55 typed documents: a housing association, dispatchers, a school office,
a law firm, marketplace sellers, a clinic, events, onboarding forms) 0.923 (keep 0.944, PERSON
0.89), then 0.941 (PERSON 0.93, keep 0.975). After a review the first of them ends at 0.961 (keep
0.929): two rules it prompted were too broad and went. Three more, scored first with the start
engine and with the engine of the session's middle, then read: fresh_calls_151.jsonl (12
security-stressed calls: a building society, broadband account security, car finance, health
cover, prepayment energy, a lottery, a payday lender, a vulnerable customers line, a card
freeze, phone insurance, deposits, season tickets) 0.832 with both (keep 0.955, PASSWORD 0.60),
then 0.893 (PASSWORD 0.78); fresh_calls_152.jsonl (12 general calls) 0.976 with both (keep
0.966); typed_blind_55.jsonl (53 typed documents: property management, a hospital trust, a
sports club, software support, a wedding venue, immigration law, a farm co-op, volunteers)
0.922 and 0.927 (keep 0.919, PERSON 0.88 and 0.89: Māori, Samoan and Kenyan names no data
holds). Written in the session's second hour and never read (totals only, with the start
engine and with the engine of that hour, the same figures with both): fresh_calls_153.jsonl (12
security-stressed calls: card fraud, SIM replacement, retirement, car renewals, housing
benefit, student finance, frequent flyers, arrears, seller security, home alarms, a pharmacy's
online account, direct debits) 0.934 (keep 0.941, PASSWORD 0.83), 0.940 with the session's
final engine (a normalisation bug found in a read set: "last one" is "last 1" in normalised
text, so an identity check said to go on with "last one" never matched); fresh_calls_154.jsonl (12
general calls) 0.951 (keep 0.964); typed_blind_56.jsonl (54 typed documents) 0.907 (keep 0.939,
PERSON 0.86).

The thirty-sixth session's hands, scored first with the engine it started with, then read:
fresh_calls_155.jsonl (12 general calls: a dentist's recalls, broadband faults, a ferry, furniture
deliveries, pet insurance, a library, smart meters, school admissions, car rental damage,
removals, a hearing clinic, conveyancing) 0.922 (keep 0.971; corrections after "hang on, sorry"
and after "could it be a different year", a postcode after "... Road now,"), then 0.948 (keep
0.985; 0.961 before a review took "for you and Losa" back: "for you and Monzo" went too);
fresh_calls_156.jsonl (12 security-stressed calls) 0.957 (keep 0.929, PASSWORD 0.83: a
temporary password spelled back by the caller, characters read back before the next question),
then 0.969 (keep 0.947: a ticket asked for after "... account recovery, my name's Priya.");
typed_blind_57.jsonl (52 typed documents: lettings, ward handovers, football volunteers, client
tickets, removals, university admin, a farm shop, fundraising, a bike co-op) 0.949 (keep 0.936,
PERSON 0.94), then 0.962 (keep 0.962: "Raised as MOB-318" after "WhatsApp" is no phone; handles
such as "sylee.hanbit"; "Hēmi from Whanganui Water Services here"). Written in the session's
second hour and never read (totals only; the start engine's and the final engine's figures):
fresh_calls_157.jsonl (12 general calls: an optician, parcel lockers, a campsite, boiler
servicing, a nursery, phone repairs, bulky waste, a wine club, physiotherapy, a library,
roadside recovery, tax returns) 0.987 with both (keep 0.954); fresh_calls_158.jsonl (12
security-stressed calls) 0.904 with both (keep 0.934, PASSWORD 0.78); typed_blind_58.jsonl (54
typed documents; names of Sudan, Eritrea, Uganda, Rwanda, Niue, the Cook Islands, Māori and
Aboriginal names among them) 0.877 with both (keep 0.947 and 0.954, PERSON 0.81). Written in its
third hour, scored with the start engine, then read: fresh_calls_159.jsonl (12 general calls)
0.944 (keep 0.958), the same after; fresh_calls_160.jsonl (12 security-stressed calls) 0.914
(keep 0.930, PASSWORD 0.68), then 0.927 (a temporary password dictated "case sensitive: capital
T, r, 4, ...", characters after "um let me count on my fingers" with no marks);
typed_blind_59.jsonl (52 typed documents) 0.905 (keep 0.947, PERSON 0.87), then 0.910 ("Rev.
Faʻamoe Leota").

The thirty-seventh session's hands (sources in `src/`), written in its first hour, scored with
the start engine, then read: fresh_calls_161.jsonl (12 general calls: parking permits, dental
payment plans, removals, bicycle warranties, contact lenses, a credit union, a wedding venue,
boiler cover, a language school, self storage, a ferry, a charity) 0.970 (keep 0.964), then
1.000 (keep 0.976: "will" before "here" closing an opening; a name hedged after a placed role,
"the lady at reception, Sunny I think, she said"; a plate read back after "i've got"; "via"
after a number before an English word); fresh_calls_162.jsonl (12 security-stressed calls)
0.945 (keep 0.944, PASSWORD 0.80), then 0.959 (keep 0.960: knowledge checks asked "to confirm
its you"; a past step, "when you verified", passes no check; an amount "... forty something"); and
typed_blind_60.jsonl (55 typed documents) 0.949 (keep 0.930), then 0.954 (keep 0.977: a surname
after an initial, "J. Young"; a card's cue before an order's lettered code; "M404dn" a model).
Written in its first hour and never read (totals only; the start engine's and the final
engine's figures): fresh_calls_163.jsonl (12 general calls) 0.994 with both (keep 0.986);
fresh_calls_164.jsonl (12 security-stressed calls) 0.929 with both (keep 0.958, PASSWORD 0.81);
typed_blind_61.jsonl (55 typed documents) 0.959 with both (keep 0.903 and 0.911).

The thirty-eighth session's hands (sources in `src/`), written in its first minutes, scored with
the start engine, then read: fresh_calls_165.jsonl (12 general calls: a ferry's vehicle
bookings, a fertility clinic, a garden centre, a language school, a bicycle shop, a vet, a
removals firm, a wedding venue, solar panels, a library, a driving school, a phone repair shop)
0.956 (keep 0.950), then 1.000 (a code's first part read back alone, "LS6... yes"; "bill" as a
firm's staff member; "so hunter had a look at it and he'd ..."; "under my wife's name, malia");
fresh_calls_166.jsonl (12 security-stressed calls) 0.937 (keep 0.935, PASSWORD 0.85), then 0.966
(keep 0.950: "and any transaction on your savings this month" asks a knowledge check's amount;
"tala" a currency; a known "bill" before what he does); typed_blind_62.jsonl (54 typed
documents) 0.884 (keep 0.913, PERSON 0.86), then 0.950 (full names no list knows in a list of
names; a name alone signing a greeting's message; a word name opening a message before words
said to the reader; fields labelled "Artist:", "Inductor:"; "King and Teuila need a lift").
Written in its first minutes and never read (totals only; the start engine's and the final
engine's figures): fresh_calls_167.jsonl (12 general calls) 0.949 with both (keep 0.967);
fresh_calls_168.jsonl (12 security-stressed calls) 0.948 with both (keep 0.976, PASSWORD 0.78);
typed_blind_63.jsonl (54 typed documents) 0.950, then 0.955 (keep 0.951 with both).
Written in its second hour, scored with the engine of that hour (the start engine's figures the
same but for typed_blind_64, 0.843), then read: fresh_calls_169.jsonl (12 general calls) 0.960
(keep 0.940), then 0.977 (whom an appointment is with, "at 5pm with rose."); fresh_calls_170.jsonl
(12 security-stressed calls) 0.893 (keep 0.946, PASSWORD 0.66), then 0.913 (characters read back
"all correct"; a new password done after its rule; "it's bill kalsakau calling"); and
typed_blind_64.jsonl (55 typed documents) 0.849 (keep 0.944, PERSON 0.83), then 0.886 (surnames
written first; "Kelesi will be second driver"; names no list knows opening a sentence before a
person's verb; "17 Bucks Road"; a season's name on leave).

The thirty-ninth session's hands, written in its first minutes and scored with its start engine,
then read: fresh_calls_171.jsonl (12 general calls) 0.964 (keep 0.986, MEMBER_ID 0.78), then
0.988 (a yes that says what an offered value is for hands the turn back; "the instructor for
your area is frank"); fresh_calls_172.jsonl (12 security-stressed calls) 0.925 (keep 0.959,
PASSWORD 0.77), then 0.975 (PASSWORD 0.92: "the new password will be ...", "make the new
password ..."; "Oh, that. It's ..."; a secret's rest after "hang on..."; "a few extra checks"
opens an identity check; "B, double O, D"; where the parents met, told after a remark;
"Ganbold, what did I put for the dog?"); typed_blind_65.jsonl (51 typed documents) 0.894
(keep 0.964, PERSON 0.86), then 0.909 (writers after "Love," or "Cheers,"; a name joined to a
titled one; a row's columns glued by commas kept apart).
Written in its second hour and never read (totals only; the start engine's and the final
engine's figures): fresh_calls_173.jsonl (12 general calls) 0.972 with both (keep 0.956);
fresh_calls_174.jsonl (12 security-stressed calls) 0.939 with both (keep 0.943, PASSWORD 0.78);
typed_blind_66.jsonl (53 typed documents) 0.876 with both (keep 0.961, PERSON 0.86).
Written in its third hour, scored with the start engine (the same with the engine of that
hour), then read: fresh_calls_175.jsonl (12 general calls) 0.966 (keep 0.970), then 0.980 (an
identifier's last digits after "hang on, and then"; "your driver will probably be gaz");
fresh_calls_176.jsonl (12 security-stressed calls) 0.854 (keep 0.951, PASSWORD 0.60), then
0.869 (PASSWORD 0.65: "a temporary one, 7 1 7 1," and its read-back); typed_blind_67.jsonl (55
typed documents) 0.799 (keep 0.884, PERSON 0.78: below the typed 0.85 target), then 0.814
(codes typed after a full name, "Salote Waqa AF-20417"; a word no list knows signing after a
yes-or-no question and a dash; "Attendance:" lists were tried, 0.839, and taken back after a
review: the label heads counts and remarks as often as names).

The fortieth session's hands, written in its first minutes and scored with its start engine,
then read: fresh_calls_177.jsonl (12 general calls) 0.978 (keep 0.963) with both engines;
fresh_calls_178.jsonl (12 security-stressed calls) 0.934 (keep 0.961, PASSWORD 0.82), then
0.982 (PASSWORD 1.00: a one-time code dictated over turns, a letter's case said with it, read
back run together; "set a new one" after "it expires in 24 hours"; "pick a new 6-digit code"
then "could I make it ..."; "I can verify with your recent activity" opens a knowledge check; a
PIN guessed and taken back; the secret named again while owed; the agent's "£148.20, that's
the one" after "she says 148"); typed_blind_68.jsonl (55 typed documents) 0.946 (keep 0.953),
then 0.951 (keep 0.959: "Cricket ID CA-7730915"; a firm named for its trade, "Kowalski
Property Maintenance"; "3 Jan" before a name).
Written in its first hour, scored with the start engine (the same with the engine of that
hour), then read: fresh_calls_181.jsonl (12 general calls) 0.979 (keep 0.940), then 0.986 (keep
0.967: a sort code's first pair cut off at the turn's end; "10 AM's fine", "the 2018 skoda
octavia estate", "the card fee is ..." kept); fresh_calls_182.jsonl (12
security-stressed calls) 0.949 (keep 0.961, PASSWORD 0.87), then 0.956 (PASSWORD 0.90: a
temporary password said back and on in characters opening the turn, "K, 7, r, m... sorry, and
then?" / "4, 4, x."); typed_blind_70.jsonl (53 typed documents) 0.955 (keep 0.955), then 0.963
(PERSON 0.95: "Driver: Summer (van 2)", "Will and his lad will collect it", "Dear Councillor Ní
Bhriain").
Written in its second hour and never read (totals only; the start and final engines'
figures): fresh_calls_183.jsonl (12 general calls) 0.957 with both (keep 0.949);
fresh_calls_184.jsonl (12 security-stressed calls) 0.927 with both (keep 0.977, PASSWORD 0.78);
typed_blind_71.jsonl (53 typed documents) 0.951 with both (keep 0.938).
Written in its second hour, scored with the engine of that hour (the same with the start
engine), then read: fresh_calls_185.jsonl (12 general calls) 0.970 (keep 0.971), then 0.988
(PASSWORD 0.50 to 1.00: "Let's do 1974... no wait ... Make it 5208."; a temporary password
named, then given after "It's" in a later sentence; "your tech today is will he'll text you");
fresh_calls_186.jsonl (12 security-stressed calls) 0.966 (keep 0.932, PASSWORD 0.93);
typed_blind_72.jsonl (55 typed documents) 0.953 (keep 0.904), then 0.965 (an SSN before
"double check it": "double" with no digit to repeat ends a number; a handle ending the text or
in brackets, "(@natgravelnb on Insta)"; an Eircode before "in case").
Written in its first hour and never read (totals only; the start and final engines' figures):
fresh_calls_179.jsonl (12 general calls) 0.988 with both (keep 0.957, then 0.962);
fresh_calls_180.jsonl (12 security-stressed calls) 0.926 with both (keep 0.950, PASSWORD 0.80);
typed_blind_69.jsonl (54 typed documents) 0.956 with both (keep 0.875, PERSON 0.94).

The forty-first session's hands, written in its first minutes and scored with its start
engine. Never read (totals only; the start and final engines' figures): fresh_calls_187.jsonl
(12 general calls) 0.949 with both (keep 0.955); fresh_calls_188.jsonl (12 security-stressed
calls) 0.917 with both (keep 0.954, PASSWORD 0.78); typed_blind_73.jsonl (54 typed documents)
0.937 with both (keep 0.949). Then read: fresh_calls_189.jsonl (12 general calls) 0.988 (keep
0.989), then 1.000 ("make it Medellin2024!"; "your instructor'll be Will, he'll ...");
fresh_calls_190.jsonl (12 security-stressed calls) 0.887 (keep 0.917, NATIONAL_ID 0.60,
PASSWORD 0.71), then 0.930 ("let me find you by SIN"; "Frank! What's the PIN? ... He says
...": the relayed answer after the turn's other sentences; "just the characters is fine";
"2-0-0-8? no, that's the old one. 0-6-1-1."; an answer that trails off goes on);
typed_blind_74.jsonl (53 typed documents) 0.952 (keep 0.918), then 0.970 (a name in a handle,
"(angus_runs_NS)"; "– Rangi, can you ..."; "Will, the bill ...").
Written in its first hour, scored with the start engine (the same with the engine of that
hour), then read: typed_blind_75.jsonl (52 typed documents) 0.960 (keep 0.952), then 0.984
(three full names a list; "Hemalatha has kindly agreed"; "Rider: Otieno"; "Pasaje Los Aromos
1842"); fresh_calls_191.jsonl (12 general calls) 0.969 (keep 0.959), then 0.981 ("no sorry
that is my old one it is 1997"; "s seven m two h four got it"; "And will Will be joining?");
fresh_calls_192.jsonl (12 security-stressed calls) 0.942 (keep 0.932, PASSWORD 0.82), then
0.948 ("it'd be Garnet" after a guess; "i'll put Kericho2024..."; "Yep, got a pen." no value).
Written in its second hour, scored with the start engine (the same with the engine of that
hour), then read: fresh_calls_193.jsonl (12 security-stressed calls) 0.941 (keep 0.966,
PASSWORD 0.80), then 0.952 (PASSWORD 0.84: characters said back by the agent; "he says jerash
and then 87" after the turn's own words; "Can I make the new one 1984?"); fresh_calls_194.jsonl
(12 security-stressed calls) 0.899 (keep 0.984, CARD_SECURITY_CODE 0.00, PASSWORD 0.75), then
0.929 ("the three-digit code from the back of it"; "the other way round");
fresh_calls_195.jsonl (12 general calls) 0.987 (keep 0.981), then 1.000 ("your skipper that day
would be rose, she's ..."). Never read: fresh_calls_196.jsonl (12 security-stressed calls)
0.912 with both (keep 0.970, PASSWORD 0.80). Over all 277 gated sets against the start engine:
recall up on 26, down on none; keep up on 7, down on 3.

The forty-second session's hands, written in its first minutes and scored with its start
engine. Never read (totals only; the start and final engines' figures): fresh_calls_199.jsonl
(12 security-stressed calls) 0.897, then 0.904 (keep 0.953, PASSWORD 0.75, then 0.77). Read:
fresh_calls_197.jsonl (12 general calls) 0.978 (keep 0.966), then 0.995 ("let me give you the
new one" after the card was named; "the Eircode for the invoice still H91 K2P7"; "my
instructor bill his car ..."; "It's due Thursday" no name); fresh_calls_198.jsonl (12
security-stressed calls) 0.925 (keep 0.956, PASSWORD 0.88, ROUTING_NUMBER 0.67), then 0.969
("zero one no wait sorry zero seven"; "rose love what's the last number on the ... code" then
"she says it's three"; "the seventh, one moment, I am counting on my fingers, 9."; "what did
will put"; an issued "apple" ... "seven seven tiger" said back whole; a sort code given in
pairs read back whole; "Your Safar Flyer number"); typed_blind_76.jsonl (51 typed documents)
0.956 (keep 0.962), then 0.973 ("Dawn in the flat above says ..."; "Rose is singing ...";
"Will handles the money"; "Mark to inspect").
Written in its first hour, scored with the start engine and the engine of that hour (the same
figures), then read: fresh_calls_200.jsonl (12 general calls) 0.949 (keep 0.921, PASSWORD
0.67), then 0.969 ("kia ora will its aroha here"; "lock and key this is mark where are you
located"; "happy eighteenth hope"; "I kept typing Vinaka2024"; "... summer can you read me
the card" and "drivers hemi he'll text you" taken back after review); fresh_calls_201.jsonl
(12 security-stressed calls) 0.924 (keep 0.958, PASSWORD 0.78), then 0.959 ("the sixth is d d
for delta"; a new PIN given in pairs read back whole; "can rawiri be on the account"; "yeah
will is home"; "no bother bill"; "vinaka joy"). Never read: typed_blind_77.jsonl (52 typed
documents) 0.931 with both (keep 0.940, PERSON 0.90); fresh_calls_202.jsonl (12 general calls)
0.930 with both (keep 0.963, PERSON 0.91).
Written in its second hour, scored with the start engine, then (after a reviewer helper's
findings were put right) with the final one. Never read: fresh_calls_203.jsonl (12 general
calls) 0.983, then 0.989 (keep 0.968); fresh_calls_205.jsonl (12 security-stressed calls)
0.974 with both (keep 0.948, PASSWORD 0.92). Read: fresh_calls_204.jsonl (12 security-stressed
calls) 0.964 (keep 0.938), then 0.971 ("my husband will normally does this");
typed_blind_78.jsonl (51 typed documents) 0.932 (keep 0.943, PERSON 0.92), then 0.937
("Welcome to the Sosa family"; "its Lachie btw").

The forty-third session's hands, each scored first with the engine the session started with.
Written in its first hour. Never read: fresh_calls_206.jsonl (12 security-stressed calls)
0.949 with both (keep 0.944, PASSWORD 0.80). Read: fresh_calls_207.jsonl (12 general calls)
0.946 (keep 0.958), then 1.000 ("probably mine dawn whitehorse or ..."; "you'll have will from
our bozeman crew"; "could he ring my daughter first? Rose."; "pick a new four digits" / "can it
be two seven seven one"; "tane parata his licence is ..."); fresh_calls_208.jsonl (12
security-stressed calls) 0.945 (keep 0.953, PASSWORD 0.81), then 0.979 ("i tried one nine
nine six like three times"; "can i just make the new one two two one eight"; "Yes, it came.
It says K x 9 3 palm 7."; "Okay, so that's curlew?" / "... He wants lapwing instead."; "the
pin is 6209 so first six and fourth is nine"); typed_blind_79.jsonl (51 typed documents)
0.961 (keep 0.930), then 0.965 ("my partner Minh Long will be ..."; "Thank you, Vilay";
dates after a weekday or too recent for a birth date).
Written in its second hour. Never read: fresh_calls_209.jsonl (12 general calls) 0.976 with
both (keep 0.969); typed_blind_80.jsonl (53 typed documents) 0.915 with both (keep 0.934,
PERSON 0.90). Read: typed_blind_81.jsonl (54 typed documents) 0.906 (keep 0.930, PERSON 0.87),
then 0.919 ("Aunty Lek"; "text Siriporn at (503) ..."; "tell Ishbel before Saturday, she
will ..."; "Volunteers to barrow it: Hamish, Okello."); fresh_calls_210.jsonl (12
security-stressed calls) 0.953 with both (keep 0.976).
Written in its third hour. Never read: fresh_calls_211.jsonl (12 security-stressed calls)
0.939 with both (keep 0.922, PASSWORD 0.86). Read: fresh_calls_212.jsonl (12 general calls)
0.957 (keep 0.982), then 0.978 ("4471. And the side gate padlock?" / "Same as before,
0038."; "young guy i want to say wes"; "i can get tama to swing by"; "check with Tama, he's
your way"; "it's bill tane out at rangiora").
Written in its fourth hour, then read: fresh_calls_213.jsonl (12 security-stressed calls)
0.868 (keep 0.942, PASSWORD 0.68, PHONE_NUMBER 0.50), then 0.937 (keep 0.937: a year and a
regular payment in a knowledge check of the account; "Which number is it?"; "a temporary
password which is bluebell four two"; the whole word spelled while counting to a place);
typed_blind_82.jsonl (55 typed documents) 0.929 (keep 0.932), then 0.941 (a team sheet's
places on one line; "so Will shifts to centre"; "Tabwena did his hammy").

The forty-fourth session's hands, each scored first with the engine the session started with.
Written in its first hour. Never read: fresh_calls_216.jsonl (12 general calls) 0.948 (keep
0.989), 0.954 with the final engine. Read: fresh_calls_214.jsonl (12 general calls) 0.993
(keep 0.969), 0.993 after; typed_blind_83.jsonl (52 typed documents) 0.883 (keep 0.928), then
0.919 ("Caller: Dale Hunter, cell ..."; "is Will playing tonight"; "shout out to Kalani";
'Anjali Menon ("Anju")'; "call 94470 61238"; "6/22 Sunnybank Road"; "Add me, I'm
ShetlandSniper180"); fresh_calls_215.jsonl (12 security-stressed calls) 0.916 (keep 0.943,
PASSWORD 0.83), then 0.935 ("yep sending it now" after a code the agent would text; "B... A...
R... N... E..." while counting; "One more question ...: what was the last payment" after a
passed check; a parking session's amount).
Written in its second hour. Never read: fresh_calls_218.jsonl (12 security-stressed calls)
0.956 with both (keep 0.944, PASSWORD 0.89); typed_blind_85.jsonl (52 typed documents) 0.925
with both (keep 0.916). Read: fresh_calls_217.jsonl (12 security-stressed calls) 0.922 (keep
0.994), 0.940 with the engine of that hour before it was read, then 0.970 ("then sorry my
daughter is crying one and seven"; "the phone one is two zero zero five the year my son was
born"; "I was going to do 71403"; "billy pap sixty two"; airtime bought in a check);
typed_blind_84.jsonl (52 typed documents) 0.931 (keep 0.899), then 0.944 ("Cornets - Will,
Jenna, Sunny, Kofi Mensah"; "SIN 046 454 286, 12 Water Street").
Written in its third hour. Never read: fresh_calls_220.jsonl (12 general calls) 0.988 with
both (keep 0.948); typed_blind_86.jsonl (51 typed documents) 0.887 with both (keep 0.915,
PERSON 0.87). Read after its first scoring: fresh_calls_219.jsonl (12 security-stressed
calls) 0.888 (keep 0.984, PASSWORD 0.67), then 0.929 ("Please choose four digits ..." / "Put
6 0 2 1."; "Please enter 1 9 7 4 on the remote" after a PIN reset to a temporary one; "...
he says it was geraldton surf 88 with no spaces"; a temporary password dictated after "yes i
am writing" and on after its pause, "...bravo, two.").

The forty-fifth session's hands, each scored first with the session's start engine. Never read:
fresh_calls_223.jsonl (12 general calls) 0.970 with both (keep 0.984); typed_blind_88.jsonl
(54 typed documents) 0.908 with both (keep 0.951); fresh_calls_225.jsonl (12 general calls)
0.995 with both; typed_blind_90.jsonl (52 typed documents) 0.927 with both (keep 0.903);
fresh_calls_228.jsonl (12 security-stressed calls) 0.943 with both (PASSWORD 0.75);
fresh_calls_229.jsonl (12 general calls) 0.987 with both; and, written in its last hour,
fresh_calls_230.jsonl (12 security-stressed calls) 0.952, typed_blind_92.jsonl (52 typed
documents) 0.923 and fresh_calls_231.jsonl (12 general calls) 0.970, each the same with both.
Read after their first scoring: fresh_calls_221.jsonl (12 general calls) 0.981, then 0.994
("May I have the AWB number?" after "ma'am."; "Let's have Llanberis."; meter readings);
fresh_calls_222.jsonl (12 security-stressed calls) 0.891 (PASSWORD 0.57), then 0.971 (a
passphrase said whole; "what would you like the new one to be" after a passed check; backup
codes; "that one was already used"; "was the end 5820 or 5802?"); typed_blind_87.jsonl (55
typed documents) 0.906, the same after; fresh_calls_224.jsonl (12 security-stressed calls)
0.866 (PASSWORD 0.57), then 0.946 (a temporary password dictated over turns with code words;
"No, M for mother."; "the second one is six" / "mm hm" / "and the fifth is three"; an account
after "last week," before "ifsc"); typed_blind_89.jsonl (55 typed documents) 0.906, then
0.920; fresh_calls_226.jsonl (12 security-stressed calls) 0.947, then 0.960 ("first half is k
seven r" / "mm hm" / "second half nine q two"; a code slow to come, read digit by digit);
fresh_calls_227.jsonl (12 general calls) 0.989, then 0.994; typed_blind_91.jsonl (55 typed
documents) 0.964, then 0.968.

The forty-sixth session's hands, each scored first with the session's start engine. Never read:
fresh_calls_232.jsonl (12 general calls) 0.987 with both (keep 0.929); typed_blind_94.jsonl
(53 typed documents) 0.956 with both; fresh_calls_235.jsonl (12 security-stressed calls) 0.971
with both (PASSWORD 0.90); fresh_calls_236.jsonl (12 general calls) 0.965 with both;
typed_blind_95.jsonl (50 typed documents) 0.909 with both (PERSON 0.88); typed_blind_96.jsonl
(53 typed documents) 0.947 with both; fresh_calls_239.jsonl (12 general calls) 0.956 with
both; typed_blind_97.jsonl (53 typed documents) 0.947 with both; fresh_calls_240.jsonl (12
security-stressed calls) 0.946 with both (PASSWORD 0.75); fresh_calls_242.jsonl (12
security-stressed calls) 0.931 with both (PASSWORD 0.79); and, written in its last hour
against the final engine, fresh_calls_243.jsonl (12 security-stressed calls) 0.952 with the
start engine, 0.960 with the final one; fresh_calls_244.jsonl (12 security-stressed calls)
0.969, then 0.977; fresh_calls_245.jsonl (12 general calls) 0.962 with both;
typed_blind_98.jsonl (48 typed documents) 0.957 with both; and, written after those,
fresh_calls_247.jsonl (12 security-stressed calls) 0.907, then 0.929 with the final engine
(USERNAME 0.00); fresh_calls_248.jsonl (12 general calls) 0.925 with both (PASSWORD 0.50,
VEHICLE_PLATE 0.00); typed_blind_99.jsonl (51 typed documents) 0.901 with both. Read after
their first scoring: fresh_calls_246.jsonl (12 security-stressed calls) 0.907 (USERNAME 0.00),
then 0.927 ("will underscore papa 82": a handle opening with a name that is a modal; "the
code they emailed me for the front door is ...");
fresh_calls_233.jsonl (12 security-stressed calls) 0.891 (PASSWORD 0.57), then 0.958 (letters
read with their case; "can you read me the new one?" after a code expired; a passphrase asked
for in the sentence after it is named, answered after "let me think"; "doesn't quite match";
a spelled e-mail of eleven letters); typed_blind_93.jsonl (52 typed documents) 0.926, then
0.945 ("Mark cant come tonight"; "from Bill in the warehouse"; "GCash to Bong 0917 ..."; 7:15am
no house number); fresh_calls_234.jsonl (12 security-stressed calls) 0.950, then 1.000 (a PIN
read digit by digit after "it was"; "... so I wanted something easy for him. Marmalade."; a
lettered code where "the code" was asked; a secret's parts after "then"; "at the rate" for @;
"Deveshan? He moved ..."); fresh_calls_237.jsonl (12 security-stressed calls) 0.949, then
0.958 (codes issued in named groups; "capital k seven"; "lower case m p");
fresh_calls_238.jsonl (12 security-stressed calls) 0.923, then 0.955 ("has to be six to eight
digits"; "Scratch that. Make it 7419038."; "maybe dragon four four seven or dragon seven four
four"); fresh_calls_241.jsonl (12 security-stressed calls) 0.947, then 0.977 ("Second part
9XMPL."; a passphrase chosen though the agent said not to say it; a title after "hang on
it's").

The forty-seventh session's hands, each scored first with the session's start engine. Never
read: fresh_calls_249.jsonl (12 security-stressed calls) 0.984 with both (PASSWORD 0.89);
fresh_calls_251.jsonl (12 security-stressed calls) 0.977 with both; typed_blind_101.jsonl (52
typed documents) 0.959 with both; fresh_calls_255.jsonl (12 security-stressed calls) 0.930 with
both (PASSWORD 0.83, USERNAME 0.50); fresh_calls_257.jsonl (12 general calls) 0.978 with both;
typed_blind_103.jsonl (51 typed documents) 0.959 with both; and, written after most of the
session's rules, fresh_calls_258.jsonl (12 security-stressed calls) 0.978 with both;
fresh_calls_259.jsonl (12 security-stressed calls) 0.939 with both (PASSWORD 0.81);
fresh_calls_260.jsonl (12 general calls) 0.971 with both; typed_blind_104.jsonl (50 typed
documents) 0.915 with both (DRIVER_LICENSE 0.00). Read after their first scoring:
fresh_calls_250.jsonl (12 security-stressed calls) 0.952, then 0.973 (a secret's words said
again with another number; "make it the toon 2024" after "what would you like it to be"; "it's
all small letters, m a s a i seven seven"); fresh_calls_252.jsonl (12 general calls) 0.978,
then 1.000 ("I can take the IBAN now" and its parts over turns; "Hm, no, the end is ...";
"my cell in case: 082 ..."); fresh_calls_253.jsonl (12 general calls) 0.969, then 0.988 ("can
you confirm it for me?" after the caller named the key safe's code; "so mark has a slot");
typed_blind_100.jsonl (52 typed documents) 0.957, then 0.978 ("Grace in accounts has ...",
"Will does the 10:00 group", "Cheers, Ruaridh 01876 ...", "Uso Kalolo"); fresh_calls_254.jsonl
(12 security-stressed calls) 0.963, then 0.970 (a character after a long aside of counting; a
check letter after "and then capital N"; "so that's 0417552, seven digits?");
fresh_calls_256.jsonl (12 security-stressed calls) 0.948, then 0.974 (backup codes read one by
one, "first one is ...", "Next one... 5520"; "that one's not going through"; "r pillai zero
two" read back); typed_blind_102.jsonl (53 typed documents) 0.951 with both (PASSPORT 0.38:
"PP P3398217A" with a bare "PP", which also means pages, is left).

The forty-eighth session's hands, each scored first with the session's start engine. Never
read: fresh_calls_262.jsonl (12 security-stressed calls) 0.952 with both (PASSWORD 0.76);
fresh_calls_263.jsonl (12 general calls) 0.994 with both (keep 0.936, then 0.945);
typed_blind_106.jsonl (55 typed documents) 0.924 with both (PERSON 0.89); and, written after
most of the session's rules, fresh_calls_264.jsonl (12 security-stressed calls) 0.931 (PASSWORD
0.73), then 0.957 with the final engine (PASSWORD 0.86) after "panic word" and "duress word" were
made secrets' cues: a term the hand's prompt named and a reviewer found missing, so no clean
blind figure; fresh_calls_265.jsonl (12 general calls) 0.993 with both;
typed_blind_107.jsonl (53 typed documents) 0.914 with both. Read after their first scoring:
fresh_calls_261.jsonl (12 general calls) 0.992 with both (keep 0.949, then 0.954: "let me put
you on hold and check with accounts" awaited a bank account); typed_blind_105.jsonl (52 typed
documents) 0.950 with both (keep 0.842, then 0.846: firms ending in a plain noun; "12 pax"
still a name: a lower-case word after a number is one too, "Table 9 fatima complained").

The forty-ninth session's hands, each scored first with the session's start engine (the last
two also with the engine after its first rules, the same figures), then read:
fresh_calls_266.jsonl (12 general calls) 0.925, then 0.945 (a child's name and birth date read
as the second of a list, "and isla second of november twenty nineteen", and its correction,
still leak); fresh_calls_267.jsonl (12 security-stressed calls) 0.960 (PASSWORD 0.76), then
0.968; typed_blind_108.jsonl (52 typed documents) 0.944 (keep 0.838), then 0.948 (keep 0.845);
fresh_calls_268.jsonl (12 general calls) 0.974, then 0.981; typed_blind_109.jsonl (55 typed
documents) 0.862 (PERSON 0.84), then 0.884 (PERSON 0.86): names of cultures the name data
hardly holds ("Batbayar", "Tsogoo", "Kizza") as subjects or in lists, with no slot.

The fiftieth session's hands, each scored first with the session's start engine; read, unless
marked never read: fresh_calls_269.jsonl (12 security-stressed calls) 0.961 (PASSWORD 0.62: a
recovery code in groups after "mm hm"), then 0.976; fresh_calls_270.jsonl (12 general calls)
0.954, then 0.961; typed_blind_110.jsonl (51 typed documents) 0.906 (PASSPORT 0.00), then
0.948; typed_blind_111.jsonl (50 typed documents, never read) 0.946, the same after;
fresh_calls_271.jsonl (12 security-stressed calls, never read) 0.992, the same after;
fresh_calls_272.jsonl (12 general calls) 0.977, then 0.989; fresh_calls_273.jsonl (12
security-stressed calls) 0.922 (PASSWORD 0.62: a telephone security number by its digits, a
key read in blocks), then 0.957; typed_blind_112.jsonl (54 typed documents) 0.934, then 0.939;
fresh_calls_274.jsonl (12 general calls, never read) 0.976, the same after;
fresh_calls_275.jsonl (12 security-stressed calls) 0.949, then 0.971; typed_blind_113.jsonl
(55 typed documents) 0.910, then 0.929; fresh_calls_276.jsonl (12 general calls) 0.931 (an
IBAN offered after "yes but we changed bank", a plate's end put right), then 0.945; written
after all the session's rules but the last few: typed_blind_114.jsonl (52 typed documents,
never read) 0.930, then 0.935; fresh_calls_277.jsonl (12 security-stressed calls) 0.920 with
both engines (PASSWORD 0.65: a password read from a notebook, a code split over two texts, a
lock's combination), then, read, 0.949; fresh_calls_278.jsonl (12 general calls, never read)
0.936 with both engines.

The fifty-first session's hands, each scored first with the engine of that moment (the start
engine unless said); read, unless marked never read: fresh_calls_279.jsonl (12
security-stressed calls, never read) 0.991, the same after; fresh_calls_280.jsonl (12 general
calls) 0.941 (a name after the thing asked, "The first pet one? Pudding.", a street said over
turns), then 0.974; fresh_calls_281.jsonl (12 general calls, never read) 0.985, the same
after; typed_blind_115.jsonl (53 typed documents) 0.916, then 0.952; typed_blind_116.jsonl (52
typed documents) 0.968, then 0.979; typed_blind_117.jsonl (55 typed documents) 0.942, then
0.968; written after the first rules: fresh_calls_282.jsonl (12 security-stressed calls) 0.951
with both engines, then 0.986; typed_blind_118.jsonl (52 typed documents) 0.943 with both,
then 0.972; written after most rules: fresh_calls_283.jsonl (12 general calls) 0.966 with both,
then 0.975; fresh_calls_284.jsonl (12 security-stressed calls, never read) 0.957 with both,
the same after; typed_blind_119.jsonl (54 typed documents) 0.921 with both, then 0.942;
typed_blind_120.jsonl (52 typed documents, never read) 0.961 with both, the same after;
fresh_calls_285.jsonl (12 general calls, never read) 0.973 with both, the same after;
typed_blind_121.jsonl (54 typed documents, never read) 0.931 with both, 0.936 after the last
rules.

The fifty-second session's hands, scored first with the engine of that moment (the start
engine's figures were the same unless said); read, unless marked never read:
fresh_calls_286.jsonl (12 security-stressed calls, never read) 0.963, the same after;
typed_blind_122.jsonl (55 typed documents) 0.937 (names in fields and lists, phones after a
name and "at"), then 0.957; fresh_calls_287.jsonl (12 general calls) 0.980 (a secret's parts
read back run together, the agent's reference read back), then 0.993; typed_blind_123.jsonl
(53 typed documents, never read) 0.933, the same after; fresh_calls_288.jsonl (12 general
calls) 0.970, then 0.977; typed_blind_124.jsonl (55 typed documents) 0.885 (work done by rare
names, worker fields, phones after "on"), then 0.927; written after the first rules:
fresh_calls_289.jsonl (12 general calls, never read) 0.994 with both, the same after;
typed_blind_125.jsonl (55 typed documents; its prompt named field labels) 0.936 with both,
then 0.951; written after most rules: fresh_calls_290.jsonl (12 security-stressed calls,
never read) 0.978 with both, the same after; typed_blind_126.jsonl (54 typed documents, never
read) 0.943 with both, the same after.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from transcript_pipeline.ops.evaluation import evaluate
from transcript_pipeline.redaction import RedactionPolicy, Redactor


def _report(path: Path, redactor: Redactor | None = None) -> dict:
    with path.open(encoding="utf-8") as lines:
        return evaluate(lines, redactor).as_dict()


@pytest.fixture(scope="module")
def dev_report(dev_corpus_path: Path) -> dict:
    return _report(dev_corpus_path)


def test_dev_corpus_recall(dev_report: dict) -> None:
    assert dev_report["entities"] > 3000
    assert dev_report["recall"] >= 0.995
    weak = {t: r for t, r in dev_report["recall_by_type"].items() if r < 0.95}
    assert not weak, weak


def test_dev_corpus_keeps_business_values_and_other_words(dev_report: dict) -> None:
    assert dev_report["keep_survival"] >= 0.99
    assert dev_report["outside_words_kept"] >= 0.98


def test_held_out_conversations(data_dir: Path) -> None:
    report = _report(data_dir / "generalization.jsonl")
    assert report["recall"] >= 0.995, report["recall_by_type"]
    assert report["keep_survival"] >= 0.99
    assert report["outside_words_kept"] >= 0.97


def test_hand_written_calls(data_dir: Path) -> None:
    report = _report(data_dir / "handwritten.jsonl")
    assert report["entities"] > 400 and report["count_by_type"]["PERSON"] > 200
    assert report["recall"] >= 0.97, report["recall_by_type"]
    weak = {t: r for t, r in report["recall_by_type"].items() if r < 0.93}
    assert not weak, weak
    assert report["keep_survival"] >= 0.98, report["keep_by_type"]


def test_blind_hand_written_calls(data_dir: Path) -> None:
    report = _report(data_dir / "handwritten_blind.jsonl")
    assert report["entities"] > 300
    assert report["recall"] >= 0.93, report["recall_by_type"]
    assert report["keep_survival"] >= 0.95, report["keep_by_type"]


def test_typed_text(data_dir: Path) -> None:
    report = _report(data_dir / "typed.jsonl")
    assert report["entities"] > 200
    assert report["recall"] >= 0.90, report["recall_by_type"]
    assert report["recall_by_type"]["PERSON"] >= 0.90


@pytest.mark.parametrize(("corpus", "entities", "recall", "keep", "person"), [
    ("fresh_calls.jsonl", 150, 0.90, 0.93, 0.90),
    ("fresh_calls_7.jsonl", 250, 0.90, 0.93, 0.90),
    ("fresh_calls_8.jsonl", 400, 0.90, 0.93, 0.90),
    ("fresh_calls_9.jsonl", 400, 0.89, 0.90, 0.90),
    ("fresh_calls_10.jsonl", 400, 0.89, 0.89, 0.88),
    ("typed_blind.jsonl", 300, 0.88, 0.85, 0.90),
    ("typed_blind_2.jsonl", 200, 0.90, 0.85, 0.88),
    ("typed_blind_3.jsonl", 200, 0.86, 0.85, 0.85),
    ("typed_blind_4.jsonl", 300, 0.88, 0.85, 0.90),
    ("typed_blind_5.jsonl", 350, 0.80, 0.85, 0.88),
    ("typed_blind_6.jsonl", 350, 0.80, 0.85, 0.85),
    ("fresh_calls_11.jsonl", 330, 0.93, 0.92, 0.93),
    ("typed_blind_7.jsonl", 250, 0.90, 0.88, 0.93),
    ("fresh_calls_12.jsonl", 400, 0.88, 0.92, 0.90),
    ("typed_blind_8.jsonl", 250, 0.84, 0.86, 0.84),
    ("fresh_calls_13.jsonl", 450, 0.93, 0.92, 0.95),
    ("typed_blind_9.jsonl", 300, 0.92, 0.91, 0.94),
    ("fresh_calls_15.jsonl", 400, 0.93, 0.92, 0.95),
    ("fresh_calls_14.jsonl", 400, 0.93, 0.93, 0.93),
    ("typed_blind_10.jsonl", 300, 0.89, 0.90, 0.92),
    ("fresh_calls_16.jsonl", 300, 0.93, 0.90, 0.95),
    ("fresh_calls_17.jsonl", 400, 0.95, 0.94, 0.97),
    ("typed_blind_11.jsonl", 200, 0.93, 0.88, 0.95),
    ("fresh_calls_18.jsonl", 400, 0.94, 0.94, 0.94),
    ("fresh_calls_19.jsonl", 350, 0.97, 0.94, 0.97),
    ("typed_blind_12.jsonl", 150, 0.93, 0.94, 0.95),
    ("fresh_calls_20.jsonl", 330, 0.94, 0.92, 0.95),
    ("fresh_calls_21.jsonl", 380, 0.96, 0.88, 0.96),
    ("typed_blind_13.jsonl", 150, 0.94, 0.73, 0.95),
    ("fresh_calls_22.jsonl", 420, 0.93, 0.94, 0.94),
    ("typed_blind_14.jsonl", 190, 0.89, 0.87, 0.91),
    ("fresh_calls_23.jsonl", 520, 0.94, 0.94, 0.95),
    ("fresh_calls_24.jsonl", 340, 0.97, 0.94, 0.97),
    ("fresh_calls_25.jsonl", 380, 0.95, 0.95, 0.96),
    ("fresh_calls_26.jsonl", 390, 0.89, 0.94, 0.94),
    ("fresh_calls_27.jsonl", 250, 0.96, 0.95, 0.98),
    ("fresh_calls_28.jsonl", 350, 0.94, 0.92, 0.96),
    ("fresh_calls_29.jsonl", 350, 0.97, 0.95, 0.97),
    ("fresh_calls_30.jsonl", 220, 0.91, 0.89, 0.93),
    ("fresh_calls_31.jsonl", 350, 0.97, 0.95, 0.97),
    ("fresh_calls_32.jsonl", 350, 0.96, 0.93, 0.97),
    ("fresh_calls_33.jsonl", 350, 0.95, 0.93, 0.96),
    ("fresh_calls_34.jsonl", 300, 0.97, 0.95, 0.97),
    ("fresh_calls_35.jsonl", 320, 0.96, 0.95, 0.97),
    ("fresh_calls_36.jsonl", 300, 0.97, 0.95, 0.98),
    ("fresh_calls_37.jsonl", 380, 0.94, 0.93, 0.96),
    ("fresh_calls_38.jsonl", 400, 0.97, 0.94, 0.97),
    ("typed_blind_15.jsonl", 130, 0.94, 0.86, 0.95),
    ("fresh_calls_39.jsonl", 420, 0.95, 0.93, 0.98),
    ("fresh_calls_40.jsonl", 300, 0.97, 0.91, 0.98),
    ("fresh_calls_41.jsonl", 440, 0.96, 0.93, 0.96),
    ("typed_blind_16.jsonl", 190, 0.91, 0.94, 0.89),
    ("fresh_calls_42.jsonl", 500, 0.97, 0.91, 0.98),
    ("typed_blind_17.jsonl", 190, 0.91, 0.92, 0.90),
    ("fresh_calls_43.jsonl", 470, 0.92, 0.91, 0.92),
    ("fresh_calls_44.jsonl", 420, 0.97, 0.94, 0.95),
    ("fresh_calls_45.jsonl", 300, 0.94, 0.96, 0.97),
    ("typed_blind_18.jsonl", 200, 0.94, 0.91, 0.92),
    ("fresh_calls_46.jsonl", 520, 0.96, 0.94, 0.94),
    ("fresh_calls_47.jsonl", 560, 0.95, 0.95, 0.95),
    ("typed_blind_19.jsonl", 170, 0.94, 0.91, 0.92),
    ("fresh_calls_48.jsonl", 300, 0.96, 0.93, 0.95),
    ("fresh_calls_49.jsonl", 300, 0.96, 0.94, 0.94),
    ("typed_blind_20.jsonl", 180, 0.86, 0.92, 0.86),
    ("typed_blind_21.jsonl", 200, 0.94, 0.89, 0.90),
    ("fresh_calls_50.jsonl", 300, 0.95, 0.96, 0.94),
    ("fresh_calls_51.jsonl", 350, 0.97, 0.95, 0.95),
    ("typed_blind_22.jsonl", 230, 0.93, 0.87, 0.93),
    ("typed_blind_23.jsonl", 210, 0.90, 0.88, 0.90),
    ("fresh_calls_52.jsonl", 350, 0.96, 0.92, 0.96),
    ("fresh_calls_53.jsonl", 310, 0.93, 0.94, 0.92),
    ("typed_blind_24.jsonl", 210, 0.88, 0.91, 0.89),
    ("fresh_calls_54.jsonl", 300, 0.93, 0.95, 0.95),
    ("typed_blind_25.jsonl", 200, 0.92, 0.90, 0.91),
    ("fresh_calls_55.jsonl", 300, 0.94, 0.96, 0.91),
    ("fresh_calls_56.jsonl", 280, 0.96, 0.96, 0.96),
    ("fresh_calls_57.jsonl", 330, 0.96, 0.94, 0.95),
    ("fresh_calls_58.jsonl", 300, 0.96, 0.95, 0.97),
    ("fresh_calls_59.jsonl", 160, 0.87, 0.96, 0.95),
    ("fresh_calls_60.jsonl", 300, 0.96, 0.95, 0.96),
    ("fresh_calls_61.jsonl", 290, 0.96, 0.96, 0.96),
    ("fresh_calls_62.jsonl", 230, 0.86, 0.96, 0.96),
    ("fresh_calls_63.jsonl", 280, 0.97, 0.95, 0.96),
    ("fresh_calls_64.jsonl", 140, 0.93, 0.94, 0.94),
    ("typed_blind_26.jsonl", 220, 0.90, 0.88, 0.89),
    ("fresh_calls_65.jsonl", 90, 0.84, 0.96, 0.96),
    ("fresh_calls_66.jsonl", 160, 0.97, 0.97, 0.95),
    ("fresh_calls_67.jsonl", 160, 0.99, 0.97, 0.97),
    ("typed_blind_27.jsonl", 200, 0.94, 0.93, 0.92),
    ("fresh_calls_68.jsonl", 120, 0.93, 0.94, 0.95),
    ("fresh_calls_69.jsonl", 120, 0.82, 0.97, 0.95),
    ("fresh_calls_70.jsonl", 170, 0.95, 0.93, 0.92),
    ("fresh_calls_71.jsonl", 170, 0.97, 0.96, 0.96),
    ("fresh_calls_72.jsonl", 130, 0.99, 0.97, 0.97),
    ("fresh_calls_73.jsonl", 140, 0.94, 0.92, 0.95),
    ("typed_blind_28.jsonl", 160, 0.93, 0.91, 0.89),
    ("fresh_calls_74.jsonl", 120, 0.80, 0.95, 0.96),
    ("fresh_calls_75.jsonl", 130, 0.99, 0.97, 0.99),
    ("typed_blind_29.jsonl", 190, 0.93, 0.95, 0.89),
    ("fresh_calls_76.jsonl", 130, 0.96, 0.93, 0.96),
    ("fresh_calls_77.jsonl", 140, 0.97, 0.96, 0.94),
    ("typed_blind_30.jsonl", 180, 0.95, 0.95, 0.93),
    ("fresh_calls_78.jsonl", 150, 0.97, 0.96, 0.95),
    ("fresh_calls_79.jsonl", 150, 0.92, 0.91, 0.95),
    ("fresh_calls_80.jsonl", 170, 0.98, 0.96, 0.98),
    ("fresh_calls_81.jsonl", 130, 0.89, 0.95, 0.98),
    ("fresh_calls_82.jsonl", 140, 0.93, 0.94, 0.93),
    ("fresh_calls_83.jsonl", 140, 0.99, 0.94, 0.99),
    ("fresh_calls_84.jsonl", 200, 0.90, 0.94, 0.99),
    ("fresh_calls_85.jsonl", 180, 0.90, 0.97, 0.98),
    ("fresh_calls_86.jsonl", 150, 0.96, 0.93, 0.96),
    ("fresh_calls_87.jsonl", 140, 0.99, 0.92, 0.98),
    ("fresh_calls_88.jsonl", 440, 0.94, 0.95, 0.97),
    ("fresh_calls_89.jsonl", 400, 0.98, 0.94, 0.98),
    ("fresh_calls_90.jsonl", 380, 0.93, 0.95, 0.95),
    ("fresh_calls_91.jsonl", 400, 0.91, 0.96, 0.97),
    ("fresh_calls_92.jsonl", 380, 0.96, 0.97, 0.97),
    ("fresh_calls_93.jsonl", 130, 0.92, 0.97, 0.99),
    ("fresh_calls_94.jsonl", 200, 0.98, 0.96, 0.97),
    ("fresh_calls_95.jsonl", 190, 0.95, 0.94, 0.99),
    ("fresh_calls_96.jsonl", 160, 0.90, 0.95, 0.99),
    ("fresh_calls_97.jsonl", 160, 0.92, 0.93, 0.93),
    ("fresh_calls_98.jsonl", 180, 0.97, 0.97, 0.97),
    ("fresh_calls_99.jsonl", 170, 0.88, 0.94, 0.93),
    ("fresh_calls_100.jsonl", 180, 0.87, 0.97, 0.93),
    ("fresh_calls_101.jsonl", 190, 0.87, 0.95, 0.93),
    ("fresh_calls_102.jsonl", 170, 0.90, 0.95, 0.97),
    ("fresh_calls_103.jsonl", 200, 0.89, 0.95, 0.95),
    ("fresh_calls_104.jsonl", 130, 0.91, 0.95, 0.95),
    ("fresh_calls_105.jsonl", 190, 0.88, 0.94, 0.87),
    ("fresh_calls_106.jsonl", 140, 0.91, 0.96, 0.95),
    ("fresh_calls_107.jsonl", 160, 0.96, 0.94, 0.95),
    ("typed_blind_31.jsonl", 220, 0.91, 0.93, 0.91),
    ("fresh_calls_108.jsonl", 150, 0.96, 0.92, 0.97),
    ("typed_blind_32.jsonl", 230, 0.91, 0.88, 0.91),
    ("fresh_calls_109.jsonl", 160, 0.97, 0.96, 0.98),
    ("typed_blind_33.jsonl", 230, 0.95, 0.90, 0.93),
    ("fresh_calls_110.jsonl", 160, 0.97, 0.95, 0.97),
    ("fresh_calls_111.jsonl", 140, 0.97, 0.94, 0.98),
    ("fresh_calls_112.jsonl", 200, 0.91, 0.95, 0.96),
    ("typed_blind_34.jsonl", 220, 0.93, 0.88, 0.90),
    ("fresh_calls_113.jsonl", 150, 0.95, 0.95, 0.94),
    ("fresh_calls_114.jsonl", 170, 0.97, 0.95, 0.98),
    ("fresh_calls_115.jsonl", 150, 0.92, 0.91, 0.95),
    ("typed_blind_35.jsonl", 220, 0.94, 0.90, 0.92),
    ("fresh_calls_116.jsonl", 160, 0.96, 0.95, 0.96),
    ("typed_blind_36.jsonl", 210, 0.93, 0.87, 0.91),
    ("fresh_calls_117.jsonl", 140, 0.92, 0.98, 0.99),
    ("fresh_calls_118.jsonl", 160, 0.97, 0.92, 0.95),
    ("fresh_calls_119.jsonl", 180, 0.91, 0.92, 0.95),
    ("typed_blind_37.jsonl", 240, 0.89, 0.89, 0.86),
    ("fresh_calls_120.jsonl", 180, 0.89, 0.96, 0.96),
    ("fresh_calls_121.jsonl", 150, 0.97, 0.94, 0.97),
    ("typed_blind_38.jsonl", 190, 0.95, 0.88, 0.93),
    ("fresh_calls_122.jsonl", 170, 0.89, 0.97, 0.98),
    ("typed_blind_39.jsonl", 210, 0.92, 0.86, 0.90),
    ("fresh_calls_123.jsonl", 160, 0.93, 0.96, 0.95),
    ("typed_blind_40.jsonl", 200, 0.93, 0.85, 0.90),
    ("typed_blind_41.jsonl", 230, 0.95, 0.85, 0.92),
    ("fresh_calls_125.jsonl", 160, 0.92, 0.98, 0.92),
    ("fresh_calls_124.jsonl", 180, 0.96, 0.95, 0.98),
    ("typed_blind_42.jsonl", 200, 0.96, 0.87, 0.95),
    ("fresh_calls_127.jsonl", 160, 0.96, 0.93, 0.96),
    ("fresh_calls_126.jsonl", 170, 0.95, 0.96, 0.99),
    ("typed_blind_43.jsonl", 210, 0.94, 0.86, 0.92),
    ("fresh_calls_128.jsonl", 170, 0.88, 0.96, 0.86),
    ("fresh_calls_129.jsonl", 150, 0.92, 0.94, 0.95),
    ("typed_blind_44.jsonl", 210, 0.95, 0.89, 0.95),
    ("typed_blind_45.jsonl", 200, 0.94, 0.86, 0.91),
    ("fresh_calls_130.jsonl", 170, 0.91, 0.95, 0.98),
    ("fresh_calls_131.jsonl", 180, 0.96, 0.95, 0.97),
    ("fresh_calls_132.jsonl", 170, 0.97, 0.96, 0.95),
    ("typed_blind_46.jsonl", 240, 0.95, 0.88, 0.95),
    ("fresh_calls_133.jsonl", 180, 0.95, 0.93, 0.95),
    ("typed_blind_47.jsonl", 200, 0.93, 0.89, 0.91),
    ("fresh_calls_134.jsonl", 160, 0.98, 0.93, 0.96),
    ("fresh_calls_135.jsonl", 150, 0.88, 0.92, 0.94),
    ("fresh_calls_136.jsonl", 140, 0.95, 0.94, 0.97),
    ("fresh_calls_137.jsonl", 160, 0.95, 0.96, 0.97),
    ("fresh_calls_138.jsonl", 160, 0.94, 0.95, 0.91),
    ("typed_blind_48.jsonl", 230, 0.95, 0.90, 0.93),
    ("fresh_calls_139.jsonl", 150, 0.91, 0.92, 0.95),
    ("fresh_calls_140.jsonl", 180, 0.97, 0.92, 0.98),
    ("typed_blind_49.jsonl", 190, 0.91, 0.87, 0.85),
    ("fresh_calls_141.jsonl", 150, 0.91, 0.95, 0.94),
    ("fresh_calls_142.jsonl", 170, 0.96, 0.95, 0.96),
    ("typed_blind_50.jsonl", 200, 0.92, 0.81, 0.90),
    ("fresh_calls_143.jsonl", 160, 0.96, 0.94, 0.93),
    ("fresh_calls_144.jsonl", 130, 0.99, 0.97, 0.99),
    ("typed_blind_51.jsonl", 200, 0.93, 0.91, 0.89),
    ("fresh_calls_145.jsonl", 150, 0.89, 0.90, 0.93),
    ("fresh_calls_146.jsonl", 160, 0.94, 0.92, 0.92),
    ("typed_blind_52.jsonl", 210, 0.95, 0.90, 0.95),
    ("fresh_calls_147.jsonl", 180, 0.87, 0.94, 0.92),
    ("fresh_calls_148.jsonl", 150, 0.95, 0.93, 0.95),
    ("typed_blind_53.jsonl", 180, 0.93, 0.85, 0.90),
    ("fresh_calls_149.jsonl", 150, 0.96, 0.92, 0.96),
    ("fresh_calls_150.jsonl", 160, 0.98, 0.95, 0.98),
    ("typed_blind_54.jsonl", 210, 0.94, 0.94, 0.92),
    ("fresh_calls_151.jsonl", 140, 0.88, 0.95, 0.96),
    ("fresh_calls_152.jsonl", 160, 0.97, 0.96, 0.98),
    ("typed_blind_55.jsonl", 210, 0.92, 0.91, 0.88),
    ("fresh_calls_153.jsonl", 150, 0.93, 0.93, 0.96),
    ("fresh_calls_154.jsonl", 150, 0.95, 0.96, 0.96),
    ("typed_blind_56.jsonl", 200, 0.90, 0.93, 0.85),
    ("fresh_calls_155.jsonl", 140, 0.94, 0.97, 0.92),
    ("fresh_calls_156.jsonl", 150, 0.95, 0.93, 0.96),
    ("typed_blind_57.jsonl", 220, 0.95, 0.95, 0.92),
    ("fresh_calls_157.jsonl", 145, 0.98, 0.95, 0.96),
    ("fresh_calls_158.jsonl", 145, 0.90, 0.93, 0.90),
    ("typed_blind_58.jsonl", 200, 0.87, 0.95, 0.80),
    ("fresh_calls_159.jsonl", 165, 0.94, 0.95, 0.95),
    ("fresh_calls_160.jsonl", 140, 0.92, 0.93, 0.96),
    ("typed_blind_59.jsonl", 190, 0.90, 0.94, 0.86),
    ("fresh_calls_161.jsonl", 130, 0.99, 0.97, 0.99),
    ("fresh_calls_162.jsonl", 140, 0.95, 0.96, 0.99),
    ("fresh_calls_163.jsonl", 160, 0.99, 0.98, 0.99),
    ("fresh_calls_164.jsonl", 165, 0.92, 0.95, 0.98),
    ("typed_blind_60.jsonl", 210, 0.95, 0.97, 0.93),
    ("typed_blind_61.jsonl", 190, 0.95, 0.91, 0.95),
    ("fresh_calls_165.jsonl", 175, 0.99, 0.94, 0.99),
    ("fresh_calls_166.jsonl", 165, 0.95, 0.94, 0.98),
    ("fresh_calls_167.jsonl", 185, 0.94, 0.96, 0.94),
    ("fresh_calls_168.jsonl", 125, 0.94, 0.97, 0.99),
    ("typed_blind_62.jsonl", 190, 0.93, 0.90, 0.92),
    ("typed_blind_63.jsonl", 195, 0.95, 0.94, 0.94),
    ("fresh_calls_169.jsonl", 165, 0.97, 0.93, 0.97),
    ("fresh_calls_170.jsonl", 140, 0.91, 0.94, 0.97),
    ("typed_blind_64.jsonl", 175, 0.88, 0.94, 0.86),
    ("fresh_calls_171.jsonl", 160, 0.98, 0.98, 0.99),
    ("fresh_calls_172.jsonl", 155, 0.97, 0.95, 0.99),
    ("typed_blind_65.jsonl", 190, 0.90, 0.96, 0.88),
    ("fresh_calls_173.jsonl", 140, 0.97, 0.95, 0.96),
    ("fresh_calls_174.jsonl", 140, 0.93, 0.94, 0.99),
    ("typed_blind_66.jsonl", 210, 0.87, 0.96, 0.86),
    ("fresh_calls_175.jsonl", 140, 0.97, 0.96, 0.97),
    ("fresh_calls_176.jsonl", 130, 0.86, 0.95, 0.96),
    ("typed_blind_67.jsonl", 190, 0.81, 0.88, 0.78),
    ("fresh_calls_177.jsonl", 170, 0.97, 0.96, 0.97),
    ("fresh_calls_178.jsonl", 160, 0.98, 0.96, 0.95),
    ("typed_blind_68.jsonl", 195, 0.95, 0.95, 0.93),
    ("fresh_calls_179.jsonl", 155, 0.98, 0.96, 0.99),
    ("fresh_calls_180.jsonl", 140, 0.92, 0.94, 0.96),
    ("typed_blind_69.jsonl", 220, 0.95, 0.87, 0.93),
    ("fresh_calls_181.jsonl", 135, 0.98, 0.96, 0.98),
    ("fresh_calls_182.jsonl", 130, 0.95, 0.96, 0.97),
    ("typed_blind_70.jsonl", 235, 0.96, 0.95, 0.95),
    ("fresh_calls_183.jsonl", 180, 0.95, 0.94, 0.99),
    ("fresh_calls_184.jsonl", 185, 0.92, 0.97, 0.98),
    ("typed_blind_71.jsonl", 215, 0.95, 0.93, 0.94),
    ("fresh_calls_185.jsonl", 160, 0.98, 0.97, 0.98),
    ("fresh_calls_186.jsonl", 170, 0.96, 0.93, 0.97),
    ("typed_blind_72.jsonl", 245, 0.96, 0.90, 0.95),
    ("fresh_calls_187.jsonl", 195, 0.94, 0.95, 0.97),
    ("fresh_calls_188.jsonl", 140, 0.91, 0.95, 0.95),
    ("typed_blind_73.jsonl", 235, 0.93, 0.94, 0.93),
    ("fresh_calls_189.jsonl", 160, 0.99, 0.99, 0.99),
    ("fresh_calls_190.jsonl", 140, 0.92, 0.91, 0.96),
    ("typed_blind_74.jsonl", 230, 0.96, 0.91, 0.95),
    ("typed_blind_75.jsonl", 250, 0.98, 0.94, 0.97),
    ("fresh_calls_191.jsonl", 160, 0.97, 0.95, 0.98),
    ("fresh_calls_192.jsonl", 150, 0.94, 0.92, 0.99),
    ("fresh_calls_193.jsonl", 185, 0.95, 0.97, 0.98),
    ("fresh_calls_194.jsonl", 165, 0.92, 0.97, 0.96),
    ("fresh_calls_195.jsonl", 150, 0.99, 0.97, 0.99),
    ("fresh_calls_196.jsonl", 165, 0.90, 0.96, 0.99),
    ("fresh_calls_197.jsonl", 175, 0.99, 0.96, 0.98),
    ("fresh_calls_198.jsonl", 155, 0.96, 0.96, 0.95),
    ("fresh_calls_199.jsonl", 150, 0.90, 0.95, 0.94),
    ("typed_blind_76.jsonl", 220, 0.97, 0.96, 0.96),
    ("fresh_calls_200.jsonl", 190, 0.96, 0.92, 0.93),
    ("fresh_calls_201.jsonl", 140, 0.95, 0.95, 0.98),
    ("typed_blind_77.jsonl", 240, 0.93, 0.93, 0.90),
    ("fresh_calls_202.jsonl", 205, 0.92, 0.96, 0.90),
    ("fresh_calls_203.jsonl", 170, 0.98, 0.96, 0.97),
    ("fresh_calls_204.jsonl", 135, 0.96, 0.93, 0.97),
    ("typed_blind_78.jsonl", 200, 0.93, 0.94, 0.92),
    ("fresh_calls_205.jsonl", 150, 0.97, 0.94, 0.99),
    ("fresh_calls_206.jsonl", 160, 0.94, 0.94, 0.98),
    ("fresh_calls_207.jsonl", 130, 0.99, 0.97, 0.99),
    ("fresh_calls_208.jsonl", 130, 0.97, 0.95, 0.98),
    ("typed_blind_79.jsonl", 240, 0.96, 0.93, 0.94),
    ("fresh_calls_209.jsonl", 150, 0.97, 0.96, 0.96),
    ("typed_blind_80.jsonl", 200, 0.91, 0.93, 0.90),
    ("typed_blind_81.jsonl", 210, 0.91, 0.92, 0.89),
    ("fresh_calls_210.jsonl", 110, 0.95, 0.97, 0.96),
    ("fresh_calls_211.jsonl", 150, 0.93, 0.92, 0.94),
    ("fresh_calls_212.jsonl", 170, 0.97, 0.98, 0.98),
    ("fresh_calls_213.jsonl", 140, 0.93, 0.93, 0.99),
    ("typed_blind_82.jsonl", 220, 0.94, 0.93, 0.92),
    ("fresh_calls_214.jsonl", 130, 0.99, 0.96, 0.98),
    ("typed_blind_83.jsonl", 220, 0.91, 0.92, 0.91),
    ("fresh_calls_215.jsonl", 150, 0.93, 0.94, 0.96),
    ("fresh_calls_216.jsonl", 150, 0.95, 0.98, 0.92),
    ("fresh_calls_217.jsonl", 160, 0.97, 0.99, 0.98),
    ("typed_blind_84.jsonl", 210, 0.94, 0.89, 0.92),
    ("fresh_calls_218.jsonl", 150, 0.95, 0.94, 0.97),
    ("typed_blind_85.jsonl", 190, 0.92, 0.91, 0.92),
    ("fresh_calls_219.jsonl", 160, 0.92, 0.98, 1.00),
    ("fresh_calls_220.jsonl", 160, 0.98, 0.94, 0.98),
    ("typed_blind_86.jsonl", 220, 0.88, 0.91, 0.87),
    ("fresh_calls_221.jsonl", 160, 0.99, 0.98, 1.00),
    ("fresh_calls_222.jsonl", 130, 0.97, 0.95, 0.97),
    ("fresh_calls_223.jsonl", 160, 0.97, 0.98, 0.98),
    ("typed_blind_87.jsonl", 220, 0.90, 0.93, 0.88),
    ("typed_blind_88.jsonl", 210, 0.90, 0.95, 0.92),
    ("fresh_calls_224.jsonl", 140, 0.94, 0.98, 0.97),
    ("fresh_calls_225.jsonl", 190, 0.99, 0.98, 1.00),
    ("typed_blind_89.jsonl", 210, 0.91, 0.92, 0.91),
    ("fresh_calls_226.jsonl", 140, 0.96, 0.96, 1.00),
    ("fresh_calls_227.jsonl", 170, 0.99, 0.97, 1.00),
    ("typed_blind_90.jsonl", 230, 0.92, 0.90, 0.91),
    ("typed_blind_91.jsonl", 210, 0.96, 0.88, 0.98),
    ("fresh_calls_228.jsonl", 130, 0.94, 0.94, 0.96),
    ("fresh_calls_229.jsonl", 150, 0.98, 0.98, 0.97),
    ("fresh_calls_230.jsonl", 120, 0.95, 0.95, 0.98),
    ("typed_blind_92.jsonl", 230, 0.92, 0.93, 0.93),
    ("fresh_calls_231.jsonl", 160, 0.97, 0.97, 0.95),
    ("fresh_calls_232.jsonl", 150, 0.98, 0.92, 0.97),
    ("fresh_calls_233.jsonl", 110, 0.95, 0.95, 0.96),
    ("typed_blind_93.jsonl", 210, 0.94, 0.87, 0.92),
    ("typed_blind_94.jsonl", 220, 0.95, 0.92, 0.98),
    ("fresh_calls_234.jsonl", 140, 1.00, 0.94, 1.00),
    ("fresh_calls_235.jsonl", 130, 0.97, 0.96, 0.98),
    ("fresh_calls_236.jsonl", 170, 0.96, 0.96, 0.96),
    ("typed_blind_95.jsonl", 230, 0.90, 0.86, 0.88),
    ("typed_blind_96.jsonl", 200, 0.94, 0.92, 0.93),
    ("fresh_calls_237.jsonl", 110, 0.95, 0.96, 1.00),
    ("fresh_calls_238.jsonl", 150, 0.95, 0.98, 0.98),
    ("fresh_calls_239.jsonl", 150, 0.95, 0.96, 0.93),
    ("typed_blind_97.jsonl", 200, 0.94, 0.92, 0.93),
    ("fresh_calls_240.jsonl", 120, 0.94, 0.90, 0.98),
    ("fresh_calls_241.jsonl", 130, 0.97, 0.95, 0.96),
    ("fresh_calls_242.jsonl", 140, 0.93, 0.98, 0.93),
    ("fresh_calls_243.jsonl", 120, 0.95, 0.93, 0.98),
    ("fresh_calls_244.jsonl", 120, 0.97, 0.98, 0.98),
    ("fresh_calls_245.jsonl", 150, 0.96, 0.97, 0.95),
    ("typed_blind_98.jsonl", 180, 0.95, 0.95, 0.95),
    ("fresh_calls_246.jsonl", 150, 0.92, 0.98, 0.97),
    ("fresh_calls_247.jsonl", 130, 0.92, 0.95, 0.98),
    ("fresh_calls_248.jsonl", 140, 0.92, 0.97, 0.93),
    ("typed_blind_99.jsonl", 240, 0.90, 0.91, 0.89),
    ("fresh_calls_249.jsonl", 120, 0.98, 0.94, 1.00),
    ("fresh_calls_250.jsonl", 140, 0.97, 0.98, 0.97),
    ("fresh_calls_251.jsonl", 120, 0.97, 0.91, 0.98),
    ("fresh_calls_252.jsonl", 180, 1.00, 0.93, 1.00),
    ("fresh_calls_253.jsonl", 160, 0.98, 0.96, 0.97),
    ("typed_blind_100.jsonl", 180, 0.97, 0.91, 0.99),
    ("typed_blind_101.jsonl", 210, 0.95, 0.92, 0.94),
    ("fresh_calls_254.jsonl", 130, 0.97, 0.94, 0.98),
    ("fresh_calls_255.jsonl", 140, 0.93, 0.95, 0.96),
    ("fresh_calls_256.jsonl", 150, 0.97, 0.96, 0.96),
    ("fresh_calls_257.jsonl", 130, 0.97, 0.97, 0.96),
    ("typed_blind_102.jsonl", 220, 0.95, 0.92, 0.97),
    ("typed_blind_103.jsonl", 220, 0.95, 0.88, 0.94),
    ("fresh_calls_258.jsonl", 130, 0.97, 0.93, 1.00),
    ("fresh_calls_259.jsonl", 110, 0.93, 0.95, 0.96),
    ("fresh_calls_260.jsonl", 170, 0.97, 0.96, 0.96),
    ("typed_blind_104.jsonl", 220, 0.91, 0.80, 0.88),
    ("fresh_calls_261.jsonl", 130, 0.99, 0.95, 0.98),
    ("fresh_calls_262.jsonl", 120, 0.95, 0.96, 0.96),
    ("fresh_calls_263.jsonl", 150, 0.99, 0.94, 0.98),
    ("typed_blind_105.jsonl", 190, 0.95, 0.84, 0.96),
    ("typed_blind_106.jsonl", 190, 0.92, 0.88, 0.89),
    ("fresh_calls_264.jsonl", 110, 0.95, 0.97, 0.96),
    ("fresh_calls_265.jsonl", 150, 0.99, 0.95, 0.98),
    ("typed_blind_107.jsonl", 200, 0.91, 0.89, 0.91),
    ("fresh_calls_266.jsonl", 140, 0.94, 0.96, 0.94),
    ("fresh_calls_267.jsonl", 120, 0.96, 0.97, 1.00),
    ("typed_blind_108.jsonl", 230, 0.94, 0.84, 0.96),
    ("fresh_calls_268.jsonl", 150, 0.98, 0.95, 0.96),
    ("typed_blind_109.jsonl", 230, 0.88, 0.85, 0.86),
    ("fresh_calls_269.jsonl", 120, 0.97, 0.97, 1.00),
    ("fresh_calls_270.jsonl", 150, 0.96, 0.97, 0.94),
    ("typed_blind_110.jsonl", 210, 0.94, 0.82, 0.95),
    ("typed_blind_111.jsonl", 200, 0.94, 0.92, 0.95),
    ("fresh_calls_271.jsonl", 120, 0.99, 0.96, 0.98),
    ("fresh_calls_272.jsonl", 170, 0.98, 0.97, 0.99),
    ("fresh_calls_273.jsonl", 110, 0.95, 0.98, 1.00),
    ("typed_blind_112.jsonl", 190, 0.93, 0.89, 0.95),
    ("fresh_calls_274.jsonl", 160, 0.97, 0.95, 0.98),
    ("fresh_calls_275.jsonl", 130, 0.97, 0.96, 0.98),
    ("typed_blind_113.jsonl", 210, 0.92, 0.88, 0.90),
    ("fresh_calls_276.jsonl", 140, 0.94, 0.94, 0.93),
    ("typed_blind_114.jsonl", 190, 0.93, 0.88, 0.92),
    ("fresh_calls_277.jsonl", 130, 0.94, 0.97, 0.97),
    ("fresh_calls_278.jsonl", 170, 0.93, 0.95, 0.92),
    ("fresh_calls_279.jsonl", 110, 0.99, 0.96, 1.00),
    ("fresh_calls_280.jsonl", 150, 0.97, 0.97, 0.95),
    ("fresh_calls_281.jsonl", 130, 0.98, 0.93, 0.97),
    ("typed_blind_115.jsonl", 160, 0.95, 0.89, 0.93),
    ("typed_blind_116.jsonl", 180, 0.97, 0.85, 0.98),
    ("typed_blind_117.jsonl", 180, 0.96, 0.86, 0.96),
    ("fresh_calls_282.jsonl", 140, 0.98, 0.96, 1.00),
    ("typed_blind_118.jsonl", 210, 0.97, 0.84, 0.96),
    ("fresh_calls_283.jsonl", 110, 0.97, 0.95, 0.96),
    ("fresh_calls_284.jsonl", 110, 0.95, 0.98, 0.95),
    ("typed_blind_119.jsonl", 180, 0.94, 0.84, 0.92),
    ("typed_blind_120.jsonl", 200, 0.96, 0.88, 0.96),
    ("fresh_calls_285.jsonl", 140, 0.97, 0.95, 0.98),
    ("typed_blind_121.jsonl", 200, 0.93, 0.87, 0.92),
    ("fresh_calls_286.jsonl", 100, 0.96, 0.97, 0.98),
    ("typed_blind_122.jsonl", 200, 0.95, 0.94, 0.92),
    ("fresh_calls_287.jsonl", 140, 0.99, 0.99, 1.00),
    ("typed_blind_123.jsonl", 220, 0.93, 0.83, 0.93),
    ("fresh_calls_288.jsonl", 130, 0.97, 0.97, 0.96),
    ("typed_blind_124.jsonl", 190, 0.92, 0.91, 0.90),
    ("fresh_calls_289.jsonl", 160, 0.99, 0.96, 0.98),
    ("typed_blind_125.jsonl", 260, 0.95, 0.91, 0.95),
    ("fresh_calls_290.jsonl", 130, 0.97, 0.96, 1.00),
    ("typed_blind_126.jsonl", 210, 0.94, 0.85, 0.96),
])
def test_blind_sets(data_dir: Path, corpus: str, entities: int, recall: float, keep: float,
                    person: float) -> None:
    """Written by a hand that never saw the engine and scored once before any change they
    prompted (the module docstring gives those figures); now regression guards."""
    report = _report(data_dir / corpus)
    assert report["entities"] > entities
    assert report["recall"] >= recall, report["recall_by_type"]
    assert report["keep_survival"] >= keep, report["keep_by_type"]
    assert report["recall_by_type"]["PERSON"] >= person


@pytest.mark.parametrize(("corpus", "pairs"), [("dev_corpus.jsonl", 80),
                                               ("fresh_calls_2.jsonl", 200),
                                               ("fresh_calls_3.jsonl", 100)])
def test_pseudonyms_follow_people_and_values_not_strings(data_dir: Path, corpus: str,
                                                         pairs: int) -> None:
    """Of every two caught mentions in a call, those of one person or value share a tag and
    those of different ones do not ("priya raghunathan", "priya", "ms raghunathan" and "p r i y
    a" are one [PERSON_1]; a card read in two parts and read back is one [CREDIT_CARD_1])."""
    redactor = Redactor(RedactionPolicy(placeholder="pseudonym", hash_key="coherence"))
    report = _report(data_dir / corpus, redactor)
    assert report["coherence_pairs"][0] >= pairs
    assert report["coherence_same_referent"] >= 0.95
    assert report["coherence_other_referent"] >= 0.99


@pytest.mark.parametrize(("corpus", "entities"), [("fresh_calls_2.jsonl", 400),
                                                  ("fresh_calls_3.jsonl", 300),
                                                  ("fresh_calls_4.jsonl", 600),
                                                  ("fresh_calls_5.jsonl", 550),
                                                  ("fresh_calls_6.jsonl", 300)])
def test_fresh_calls_read_after_one_blind_score(data_dir: Path, corpus: str,
                                               entities: int) -> None:
    report = _report(data_dir / corpus)
    assert report["entities"] > entities
    assert report["recall"] >= 0.95, report["recall_by_type"]
    assert report["keep_survival"] >= 0.93, report["keep_by_type"]
