"""Word lists the detectors share: context phrases, months, street suffixes, non-name words.

Context phrases are what people say around a value ("card number", "zip code"), not values: the
lists describe how contact-centre calls are conducted, so they carry over to calls this project
has never seen. Keep them lower-case and in the canonical form produced by `normalize`.
"""

from __future__ import annotations

# Whose number it is, and what it is called: "employee id", "client reference", "plan number".
IDENTIFIER_OWNERS: tuple[str, ...] = (
    "member", "membership", "client", "customer", "patient", "student", "employee", "staff",
    "policy", "plan", "rewards", "loyalty", "subscriber", "insurance", "benefits", "provider",
    "netbank", "health", "medical", "pharmacy", "frequent flyer", "library",
    "gym", "payroll", "personnel", "tenant", "resident", "voter", "unit holder",
    "pensioner", "pension", "scheme", "superannuation", "super", "card holder", "cardholder",
    "household", "meter", "vehicle", "registration",
)
IDENTIFIER_HEADS: tuple[str, ...] = ("id", "i d", "number", "no", "#", "reference", "code")
# The business's own references, announced the same way: "your claim id", "the order number".
BUSINESS_OWNERS: tuple[str, ...] = (
    "order", "ticket", "case", "claim", "confirmation", "booking", "reservation", "tracking",
    "invoice", "receipt", "transaction", "request", "service request", "application",
    "return", "replacement", "endorsement", "incident", "job", "work order", "quote",
    "chargeback", "fraud", "credit", "call", "complaint", "dispute", "refund", "reference",
    "appointment", "shipment", "delivery", "parcel", "package", "model", "serial", "part",
    "product", "item", "sku", "store", "flight", "voucher", "promo", "discount", "coupon",
    "batch", "lot", "purchase order", "po", "amendment", "escalation", "authorization",
    "authorisation", "approval", "pre authorization", "transfer", "payment", "tag",
    "baggage", "luggage", "penalty", "penalty charge", "citation", "report",
    "crime reference", "rx", "prescription", "repair", "listing",
)

# Entity type -> phrases that announce a value of that type (before it or, rarely, after it).
# The label KEEP marks values that must survive: order numbers, prices, times, quantities.
CONTEXT_PHRASES: dict[str, tuple[str, ...]] = {
    "CREDIT_CARD": (
        "card number", "credit card", "debit card", "card", "visa", "mastercard", "master card",
        "amex", "american express", "discover card", "long number", "card ending", "ending in",
        "number on the card", "numbers on the card", "card no", "sixteen digits",
        "16 digits", "fifteen digits", "15 digits", "digits on the front", "number on the front",
        "front of the card", "card digits", "long card number",
    ),
    "US_SSN": (
        "social security number", "social security", "social", "ssn", "s s n",
        "last four of your social", "tax id", "taxpayer id", "itin",
    ),
    "PHONE_NUMBER": (
        "phone number", "phone", "telephone", "number to reach", "reach you", "reach me",
        "call me at", "call me on", "call you at", "call you on", "callback", "call back",
        "cell", "cellphone", "mobile", "landline", "good number", "contact number",
        "text me at", "whatsapp", "best number", "home number", "work number", "fax",
        "my number", "your number", "number to call", "reach me on", "reach me at",
        "you can text", "text me", "message me on", "area code", "alternate number",
        "alternative number", "another number", "other number", "second number",
        "backup number", "mobile number", "cell number", "landline number", "contact no",
        "phone no", "mob", "tel", "whatsapp number", "we can text", "can text you",
        "number to text", "text you on", "text you at", "we can call", "can call you",
        "ring you", "ring you on", "reach you on", "reach you at", "call you back on",
        "call you back at", "best to reach", "get hold of you", "callback number",
        # the account a telecom call is about: "which line is it", "the mobile line"
        "line number", "which line", "phone line", "mobile line",
    ),
    "EMAIL_ADDRESS": ("email", "e-mail", "e mail", "email address"),
    "IBAN": ("iban", "international bank account"),
    "ROUTING_NUMBER": (
        "routing number", "routing", "aba", "transit number", "sort code", "bank code",
        "swift", "bic", "transit", "institution number", "institution", "bsb", "bsb number",
        "ifsc", "ifsc code", "branch code", "branch number", "sortcode",
    ),
    "BANK_ACCOUNT": (
        "account number", "acct", "account no", "checking account number",
        "savings account number", "bank account", "account ending", "account",
        "loan number", "loan account", "mortgage number", "mortgage account",
    ),
    "CARD_EXPIRY": (
        "expires", "expire", "expiring", "expiration", "expiration date", "expiry",
        "expiry date", "exp", "exp date", "card runs out", "card run out", "card is good until",
        "card's good until", "card is valid until", "card's valid until",
        "valid thru", "valid through", "good thru", "good through",
    ),
    "CARD_SECURITY_CODE": (
        "security code", "cvv", "cvv2", "cvc", "csc", "card verification", "code on the back",
        "code", "the code",
        "digits on the back", "three digit code", "four digit code", "3 digit code",
        "4 digit code",
    ),
    "DATE_OF_BIRTH": (
        "born", "date of birth", "birth date", "birthdate", "birthday", "birthday's", "dob",
        "d o b", "dates of birth", "birth dates", "birthdays", "dobs", "date of births",
    ),
    "STREET_ADDRESS": (
        "live at", "living at", "address", "reside at", "located at", "billing address",
        "mailing address", "shipping address", "home address", "moved to", "deliver to",
    ),
    "ZIP_CODE": ("zip", "zip code", "zipcode", "postal code", "postcode", "post code",
                 "eircode", "pin code", "pincode", "postal index number"),
    "IP_ADDRESS": ("ip address", "ip", "i p address", "ipv4", "ipv6"),
    "DRIVER_LICENSE": (
        "driver's license", "drivers license", "driver license", "driver's licence",
        "drivers licence", "driving licence", "driving license", "license number",
        "licence number", "dl number", "license", "licence", "dl", "dl #", "dl no",
        "dl no.", "license #", "licence #", "license no", "licence no",
    ),
    "PASSPORT": ("passport", "passport number", "passport no"),
    # Asked for: the answer holds the password (`detectors.password`). A PIN is a secret
    # whatever it unlocks (a card, a phone account, a token).
    "PASSWORD": (
        "your password", "the password", "your passcode", "the passcode", "security word",
        "memorable word", "secret word", "security answer", "security question",
        "passphrase", "pass phrase", "verbal password", "password", "passcode", "passwords",
        # "pin code" is a postcode in India: ZIP_CODE has it
        "pin", "pin number", "security pin", "memorable", "memorable information",
        "maiden name", "mother's maiden name", "first pet", "pet's name", "secret question",
        "secret answer", "one time code", "one time passcode", "verification code", "otp",
        "access code", "login code", "security key", "reset code", "temporary code",
        "sign in code", "authentication code", "auth code", "one time pin", "temporary pin",
        "security phrase", "voice password", "telephone banking password",
        # a PIN in Spanish; a code by how it arrived is the engine's (a "code" beside "sent")
        "nip",
    ),
    # Personal numbers announced by any identifier word: privacy first, a value with digits
    # after "number", "id", "#", "client number" ... goes unless a KEEP phrase ("order number",
    # "case id", "your reference") says it is the business's own.
    "MEMBER_ID": (
        "member id", "member number", "membership number", "membership id", "policy number",
        "contract number", "agreement number", "contract id", "warranty number",
        "policy id", "subscriber id", "subscriber number", "insurance id", "insurance number",
        "customer id", "customer number", "patient id", "medicare number", "medicaid number",
        "health card", "id number", "group number", "loyalty number", "rewards number",
        "account id", "nhs number", "number", "numbers", "id", "i d", "#", "no.",
        "certificate number", "badge number", "login", "username", "user id", "user name",
        "registration number", "licence plate", "license plate", "plate number", "vin",
        # the rest of a number being read out, whatever it is
        "last four", "last 4", "next four", "next 4", "the rest of the number",
        "ending", "ends in", "ends with",
        "remaining digits", "rest of the digits", "the other digits",
        *(f"{owner} {head}" for owner in IDENTIFIER_OWNERS for head in IDENTIFIER_HEADS),
    ),
    "NATIONAL_ID": (
        "national insurance number", "national insurance", "ni number", "nino", "national id",
        "national identity number", "id card", "identity card", "identity number",
        "social insurance number", "sin", "sin number", "aadhaar", "aadhar", "aadhaar number",
        "pan", "pan card", "pan number", "tax file number", "tfn", "pps", "pps number",
        "ppsn", "personal public service number", "tax identification number",
        "personnummer", "bsn", "dni", "nie", "nie number", "codice fiscale", "cpf", "curp",
        "nric", "personal number", "citizen id", "national number", "medicare card", "pesel",
        "hetu", "cpr", "cpr number", "fodselsnummer", "id no", "id nr", "nir", "ssnit",
    ),
    "KEEP": (
        "order", "order number", "ticket", "ticket number", "case number", "case",
        "reference", "reference number", "confirmation", "confirmation number", "part",
        "part number", "model", "model number", "sku", "item", "item number", "invoice",
        "tracking", "tracking number", "dollars", "dollar", "bucks", "cents", "pounds",
        "euros", "$", "£", "€", "price", "total", "cost", "costs", "paid", "charge",
        "charged", "balance", "amount", "refund", "since", "year", "years", "o'clock",
        "clock", "am", "pm", "a.m.", "p.m.", "minutes", "hours", "days", "weeks", "months",
        "this morning", "this afternoon", "this evening", "tonight", "in the morning",
        "in the afternoon", "in the evening", "at night", "last night",
        "ordered", "quantity", "items", "units", "pieces", "percent", "extension", "ext",
        "version", "room", "floor", "gate", "flight", "seat", "step", "option", "press",
        # identifiers that are no one's: the business's own references
        "booking", "reservation", "claim", "return authorization", "return authorisation",
        "rma", "serial", "voucher", "incident", "work order", "appointment", "ref",
        "your reference", "the reference", "reference is",
        *(f"{owner} {head}" for owner in BUSINESS_OWNERS for head in IDENTIFIER_HEADS),
        # money in other currencies
        "rupees", "rs", "inr", "lakh", "lakhs", "crore", "yen", "won", "pesos", "naira", "rand",
        "dirhams", "riyals", "francs", "kronor", "krona", "zloty", "ringgit", "baht", "kes",
        "shillings", "aud", "cad", "usd", "gbp", "eur", "per month", "a month", "monthly",
        "gb", "mb", "tb", "gig", "gigs", "mbps",
    ),
}

# Spoken questions or statements about a person's name: the next utterance probably answers.
NAME_REQUESTS: tuple[str, ...] = (
    "who am i speaking with", "who am i speaking to", "who do i have", "who's calling",
    "who is calling", "your name", "your full name", "your first name", "your last name",
    "your surname", "spell", "name on the card", "name on the account", "name please",
    "may i have your name", "who i'm speaking with", "who i am speaking with", "last name",
    "first name", "full name", "surname", "the name", "your names", "name and", "maiden name",
    "her name", "his name", "their name", "holder's name", "policyholder's name",
    "patient's name", "child's name", "the caller's name",
)

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# Days that date a birthday without a number ("born on christmas day, 1985"); regular
# expression fragments over canonical text.
HOLIDAYS: tuple[str, ...] = (
    r"christmas (?:day|eve)", r"new year's (?:day|eve)", r"valentine'?s day",
    r"april fools'? day", r"halloween", r"st\.? patrick's day", r"saint patrick's day",
    r"boxing day", r"leap day", r"independence day", r"bastille day",
)

# Street types that come before the name ("12 rue de rivoli", "5 calle mayor") and after it
# with the number following ("hauptstrasse 5").
STREET_PREFIXES: tuple[str, ...] = (
    "rue", "calle", "via", "avenida", "rua", "viale", "piazza", "avenue", "chemin", "allee",
    "carrer", "camino", "paseo", "plaza", "largo", "travessa", "ulica", "ul", "heol",
    "ffordd", "stryd", "bothar", "sraid", "ascaill", "rambla", "strada", "corso",
)
# "ring" ("ostring 4") is left out: it ends English words too ("expiring 0927", "during 2019").
STREET_COMPOUND_ENDINGS: tuple[str, ...] = (
    "strasse", "straße", "str", "weg", "gasse", "platz", "allee", "damm", "gracht",
    "straat", "laan", "vej", "gatan", "gata", "veien",
)
STREET_SUFFIXES: tuple[str, ...] = (
    "street", "st", "road", "rd", "avenue", "ave", "av", "boulevard", "blvd", "lane", "ln",
    "drive", "dr", "court", "ct", "way", "place", "pl", "terrace", "ter", "circle", "cir",
    "highway", "hwy", "parkway", "pkwy", "square", "sq", "trail", "trl", "crescent", "close",
    "grove", "gardens", "row", "mews", "alley", "plaza", "loop", "pike", "turnpike", "path",
    "walk", "run", "hill", "heights", "park", "point", "ridge", "view", "lawn", "lawns",
    "green", "rise", "meadows", "manor", "estate", "quay", "wharf", "parade", "esplanade",
    "gate", "mall", "glen", "heath", "downs", "brae", "wynd", "marg", "nagar", "colony",
    "cross", "layout", "sector", "block", "chowk", "peth",
)
UNIT_WORDS: tuple[str, ...] = (
    "apartment", "apt", "unit", "suite", "ste", "flat", "room", "floor", "building", "bldg",
    "#", "number",
)

# Greetings in the languages callers use: never a name ("hiya", "namaste", "kia ora").
GREETING_WORDS: frozenset[str] = frozenset(
    "hiya heya howdy yo hallo hola bonjour salut ciao namaste namaskar namaskaram vanakkam "
    "salaam salam assalamu alaikum shalom aloha kia ora gday g'day konnichiwa ni hao merhaba "
    "jambo sawubona dumela ahoj czesc privet dobry dzien goedemorgen guten tag hej moin "
    "sat sri akal".split()
)

# Fillers that may come before a name at the start of an answer ("yeah it's ...").
FILLERS: frozenset[str] = frozenset(
    "hi hello hey yeah yes yep yup sure oh um uh er erm well okay ok so good morning afternoon"
    " evening and thanks thank you right alright certainly of course absolutely".split()
)

# Closed-class words (articles, pronouns, prepositions, auxiliaries, conjunctions, fillers):
# never a name, even right after "my name is".
FUNCTION_WORDS: frozenset[str] = frozenset("""
a about above after against all also am an and any are aren't around as at be because been
before being below between both but by can can't cannot could couldn't did didn't do does
doesn't don't down during each either for from had has hasn't have haven't having he he's her
here here's hers herself him himself his how however i i'd i'll i'm i've if in into is isn't it
it's its itself just let's me mine my myself no nor not now of off on once only or other our
ours out over own please she she's should shouldn't so some such than that that's the their
theirs them themselves then there there's these they they're this those through to too um uh
under until up us very was wasn't we we're were what what's when where whether which while who
who's whom whose why will with without won't would wouldn't yeah yes yet you you're your yours
yourself hi hello hey oh okay ok well sure yep yup nope back later again tomorrow today
anytime whenever soon directly instead maybe actually really also spelled spelt
whats thats hes shes im ive youre theyre dont cant wont didnt isnt wasnt doesnt couldnt wouldnt
shouldnt arent havent hasnt weve theyve youve lets heres theres wheres whos hows
""".split())

# Words that are not names either, though they could follow "this is", "it's" or "i'm" where
# no name follows ("this is great", "i'm calling about", "it's the billing team").
NON_NAME: frozenset[str] = FUNCTION_WORDS | frozenset("""
actually again almost already always another anyone anything away back bad best better busy
call called calling calls care certain certainly check checking clear close confused correct
customer customers dear definitely department different done early easy else enough even ever
every everything exactly fair fine frustrated frustrating full fun get getting go going gone
good got great happy hard home hoping important interested kind know late later least less let
like likely little long looking lost lot lots made make many may maybe more most much must need
needed needs never new next nice nobody none nothing often old one perfect pleased possible
pretty probably problem quick quite rather ready real really regarding right ridiculous same
see seems since someone something sometimes soon sorry speaking still supposed thank thanks
thing things think today together tomorrow trying two unfair unless upset urgent use used wait
waiting want wanted way well went wondering wrong yesterday bye goodbye morning afternoon
evening mister mrs ms miss sir madam ma'am care service support team billing sales account
accounts card number phone email address order ticket payment bill question help line
representative agent manager supervisor company bank office store available online following
able unable glad sad name last first middle surname spelled spell letter letters crazy insane
terrible awful unacceptable annoying weird strange odd silly amazing awesome wonderful
excellent brilliant lovely confusing disappointing absurd outrageous zip code postal postcode
apartment apt suite unit security expiration expiry routing passport license licence member
everyone everybody guys mate buddy man love heaps loads tons anyway anyways kindly much
returning ringing phoning reaching writing asking following confirming reporting inquiring
enquiring contacting handles handled pays paid deals manages says said told wants loves likes
needs uses lives works thinks knows calls called asked bought went gave sent forgot review
investigation dispute construction maintenance date birth tech technical human person people
somebody anybody whoever operator specialist afraid covering filling twice several multiple
listen look guess
""".split())

# Name particles that may sit inside a name ("ludwig van beethoven", "maria de la cruz").
NAME_PARTICLES: frozenset[str] = frozenset(
    "van von de del della der den di da du la le el al bin ibn ben st mac dos das los las ter"
    " ten af ap abu binti nic ni o mc ua ui".split()
)

# Words that close a self-introduction ("this is <name> with customer care").
NAME_CLOSERS: frozenset[str] = frozenset(
    "with from calling here speaking and at over from, on of".split()
)

# Honorifics callers of other languages use, each only ever before a name ("Señora Alvarado",
# "Herr Bauer"); English ones that are also ordinary words ("father", "sister") are relations,
# and those that are words of a call too ("pan", "sri", "dom") are left out.
FOREIGN_TITLES = frozenset((
    "señor", "senor", "señora", "senora", "señorita", "senorita", "sra", "srta", "doña",
    "monsieur", "madame", "mme", "mlle", "mademoiselle", "herr", "frau", "signor", "signora",
    "signorina", "sheikh", "shaikh", "mx", "pani", "sahib", "shri", "shrimati", "smt", "ustaz",
    "hajji", "mevrouw", "meneer", "juffrouw",
))
TITLES = frozenset(("dr", "doctor", "mr", "mrs", "ms", "miss", "mister", "prof", "professor",
                    "sir", "madam")) | FOREIGN_TITLES
