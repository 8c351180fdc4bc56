"""What a conversation carries from one utterance to the next.

Stored in DynamoDB between Lambda invocations, so it must be small and must not hold personal
data: it holds entity *types* the conversation is waiting for (a question was asked, or a number
was cut off at the end of an utterance), keyed hashes of names already heard and of the digits
of values already redacted (a read-back is redacted too), and pseudonym tags keyed by hashes of
the values they stand for.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

MAX_NAMES = 64  # name words a call remembers (keyed hashes, 16 characters each)
MAX_PSEUDONYMS = 256
MAX_VALUES = 64  # values a call remembers, so that a read-back of one is redacted
MAX_SHAPES = 4  # shapes of the last codes redacted
MIN_VALUE_DIGITS = 4  # shorter numbers (a time, a quantity) are no one's by their digits
MIN_PART_DIGITS = 3  # a part of a value given in pieces, matched only in a read-back of it all


class Expectation(BaseModel):
    """An entity type the conversation is waiting for, and from whom.

    A question ("what's your zip?") waits for an answer from another speaker; a number cut off
    at the end of an utterance waits for the same speaker to go on.
    """

    type: str
    utterances: int = Field(description="utterances left before the expectation lapses")
    speaker: str | None = Field(default=None, description="who opened it, if known")
    same_speaker: bool = False
    digits: int = Field(default=0, description="digits of a cut-off number heard so far")
    held: int = Field(default=0, description="backchannels it has waited through")
    asked_back: bool = Field(
        default=False, description="the side asked asked something back ('why do you need "
                                   "it?'): the asker's reply to that leaves it open too")
    questioned: bool = Field(
        default=False, description="opened by a question for it ('what's your first pet?'), "
                                   "not a mention ('never share your password')")
    thought_over: bool = Field(
        default=False, description="the side asked is thinking of the answer ('oh gosh, let "
                                   "me think'): only the asker's waiting keeps it open")

    def applies_to(self, speaker: str | None) -> bool:
        if speaker is None or self.speaker is None:
            return True
        return (speaker == self.speaker) == self.same_speaker


class SessionState(BaseModel):
    expect: list[Expectation] = []
    names: list[str] = Field(
        default=[], description="keyed hashes of name words heard in this call"
    )
    pseudonyms: dict[str, str] = Field(
        default={}, description="keyed hash of a value -> its pseudonym tag"
    )
    asked_by: str | None = Field(
        default=None, description="who asked, if the last utterance (backchannels aside) was a "
                                  "question: a question back answers it ('why do you need it?')")
    last_value: str | None = Field(
        default=None, description="the type of the last value redacted (for 'say it again')")
    last_value_by: str | None = Field(
        default=None, description="who said it: only the other side asks for it again (not "
                                  "the caller's 'could we have them together again?')")
    last_named: str | None = Field(
        default=None, description="the type of the last value a cue named, given or not (for "
                                  "'what's the current one?')")
    read_back: str | None = Field(
        default=None, description="the type of the value of digits the last utterance said, "
                                  "which the next may correct ('no, the end is 56')")
    read_back_by: str | None = Field(
        default=None, description="who said it: the other side may read it back ('11/26?')")
    values: dict[str, str] = Field(
        default={}, description="keyed hash of a redacted value's digits -> its type"
    )
    kept: list[str] = Field(
        default=[],
        description="keyed hashes of values announced as the business's own (a case, an "
                    "order number), so that a read-back of one is not taken for someone's")
    verifying: int = Field(
        default=0, description="utterances left of an identity check: a question about the "
                               "caller asked in one asks for a secret ('where did your parents "
                               "meet?')")
    passed: bool = Field(
        default=False, description="the last identity check was passed ('that matches', "
                                   "'you're verified'): a later question about the last "
                                   "payment or delivery is the call's, no check")
    answer_words: list[str] = Field(
        default=[], description="keyed hashes of the words of the caller's last answer to a "
                                "security question, for the agent's next turn only: a "
                                "read-back of them ('the quiet man, yes, that's it') goes")
    asked_for: str = Field(
        default="", description="what the agent's last question for a secret asked for: "
                                "'pin' (a secret of digits, 'the four digit pin': a number in "
                                "the answer is it; 'pinpart' once given in parts between the "
                                "agent's 'mm hm'), 'amount' (what the account last did and "
                                "for how much, 'your last payment': an amount is it), "
                                "'place', 'street' (its name: any street said may be "
                                "it), 'title' (a favourite film, book or song: everyday "
                                "words make it up), or 'characters' (by their places; "
                                "'placed' once some were given: the answer may go on after "
                                "'mm hm')")
    secret_asked_back: bool = Field(
        default=False, description="the agent's last turn read a secret back as a question "
                                   "('Okay, so that's curlew?'): the caller's next may put it "
                                   "right ('No, it's lapwing.')")
    code_coming: int = Field(
        default=0, description="the business's turns left in which a secret it spoke of "
                               "sending ('next i'll text a one time code to the mobile on "
                               "file') while it asked something else first may be sent: its "
                               "'sending it now' opens the wait for the code read out ('got "
                               "it it says 6 8 1')")
    chat_log: bool = Field(
        default=False, description="lines of the text opened with their sender ('Sunny: nets "
                                   "moved'): a later line's sender may be a name that is a "
                                   "word too ('Bill: I'll go past Sat.')")
    letter_by: str | None = Field(
        default=None, description="the side whose text opened by greeting whom it is for "
                                  "('Hi Inga,') and has gone on alone since: its next line of "
                                  "one name alone signs it ('Ertie')")
    dictation_open: str | None = Field(
        default=None, description="the side whose secret being dictated ran to the end of a "
                                  "turn left unfinished ('Kilo, Lima, seven...'): its next "
                                  "part may open that side's next turn with no 'then'")
    dictating: int = Field(
        default=0, description="utterances left in which a secret said in part goes on being "
                               "dictated ('Pelican, yep.' / 'Then 7 3, then an exclamation "
                               "point.')")
    dictated_parts: list[str] = Field(
        default=[], description="keyed hashes of the parts of a secret being dictated ('B 7,' "
                                "/ 'lowercase q, 4, 4,' / 'capital X.'), so that the listener's "
                                "read-back of them run together ('So B7q44X.') is found")
    shapes: list[str] = Field(
        default=[],
        description="type:shape of the last codes redacted, runs of letters and digits only "
                    "('VEHICLE_PLATE:a2d2a3'), so that a read-back with a wrong character is one")
