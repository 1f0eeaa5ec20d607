"""Page furniture in an article's text: bylines, agency datelines, photo credits, share prompts and teaser links.

Furniture is not article text, so nothing in it becomes an entity. Whole lines go (a byline, "Read more: ..."),
and so do parts of lines: the "ADEN (Reuters) -" that opens a paragraph, a "(Photo: ...)" credit after a caption
(the caption itself is text), "Reporting by ...; Editing by ..." at the foot of an agency story.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from core.dates import MONTH_WORD
from core.extract.kb import knowledge, lookup
from core.extract.teasers import teaser_tails
from core.titles import DOMAIN

_TITLE_WORDS = 30
_SUBHEADING_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?\"”:][\'’]?\s*$")  # "... which he said was 'very unfair.'"
# a first line that is the site's bare domain or a bracketed source, after a stored page's date: never the headline
_SITE_LINE = re.compile(r"(?:date \d{4}-\d{2}-\d{2}\s+)?(?:" + DOMAIN + r"|\[[^\[\]]*\])")
# the heading of a block of links to other stories: "Related posts", "More Must-Reads from X", "Related:"
_LINKS_HEAD = re.compile(
    r"(?:More|Related|Recommended|Most [Rr]ead|Also [Rr]ead|Read [Mm]ore|Top [Ss]tories)\b"
    r"[^.!?]{0,40}"
)

# news agencies that sign datelines and credits; general knowledge, not any one article's
_AGENCIES = (
    r"Reuters|REUTERS|AP|AFP|Xinhua|XINHUA|Yonhap|UPI|dpa|DPA|ANI|IANS|PTI|Anadolu|AA|EFE|Kyodo|TASS|RIA|Bernama"
    r"|Bloomberg|CNN|BBC|Sputnik|IRNA|SANA|WAM|SPA|KUNA|QNA|ANSA|Interfax|RFE/RL|VOA|NHK|CNA|Antara|PNA|Al Jazeera|VNA"
    r"|Arab News|The National|AP Photo|Getty Images|MENAFN|UNI"
)

# "ADEN (Reuters) -", "LONDON, Jan 5 (Reuters) -", "BERLIN, August 27. /TASS/."
# "KYIV, Ukraine (AP) —", "(CNN) —", "DUBAI: ", "MANILA, Philippines —", "OTTAWA, (Reuters) –"
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:date[ \t]+\d{4}-\d{2}-\d{2}[ \t]+)?(?:"  # a stored page's date may open the line
    r"(?:[A-Z][A-Z.'\u2019-]+(?:[ \t]+[A-Z][A-Z.'\u2019-]+){0,3}"  # the place, in capitals
    r"(?:,[ \t]*[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z\d][\w.'\u2019-]*){0,3})?"  # ", Ukraine" / ", Jan 5"
    r"(?:,[ \t]*\w+[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?"  # ", March 3" / ", March 3, 2024"
    r"[ \t]*(?:,?[ \t]*\((?:" + _AGENCIES + r")(?:[ \t]*/[ \t]*[\w ]+)?\))?[ \t]*[-\u2013\u2014:\u2022]+[ \t]*)"
    r"|(?:\((?:" + _AGENCIES + r")\)[ \t]*[-\u2013\u2014]+[ \t]*)"
    # "BERLIN, August 27. /TASS/."
    r"|(?:[A-Z][A-Z.'\u2019-]+(?:[ \t]+[A-Z][A-Z.'\u2019-]+){0,3},[ \t]*[A-Z][a-z]+\.?[ \t]+\d{1,2}\.[ \t]*"
    r"/(?:" + _AGENCIES + r")/\.?[ \t]*)"
    r")"
)
_PAGE_DATE = re.compile(r"^[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}[ \t]+")
# the dateline's place must be all capitals: "WASHINGTON", "ADEN", "PORT SUDAN", "ST. PETERSBURG"
_CAPS_WORD = re.compile(r"[A-Z][A-Z.'\u2019-]*[A-Z.]")

# "By Jane Roe and John Doe, CNN": names joined by commas and "and", perhaps ending in the outlet
_BYLINE = re.compile(
    r"By[ \t]+[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){1,3}"
    r"(?:[ \t]*(?:,|and)[ \t]*[A-Z][\w.'\u2019/-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){0,3})*[ \t]*$"
)

_PLATFORMS = r"(?:Telegram|Facebook|Google News|WhatsApp|Instagram|YouTube|TikTok|Twitter)"
_CREDITORS = "AFP|AP|Reuters|REUTERS|EPA|Getty|KCNA|Yonhap|Xinhua|TASS|Sputnik|RIA Novosti|Anadolu|EFE|UPI|IRNA|VNA"
_AFTER_SENTENCE = r"(?:^|(?<=[.!?\u201d\"][ \t]))[ \t]*"

# credit and author lines: "(With inputs from Reuters and AFP)", "Author: Jane Roe", "Jane Roe is the news editor
# of X, follow him on Twitter @jroe", and an outlet's sign-off naming its agencies: "... visited.—FRANCE 24 with AFP"
_CREDIT_LINES = [
    re.compile(r"^[ \t]*\(?[Ww]ith[ \t]+(?:agency[ \t]+|additional[ \t]+)?inputs?[ \t]+from[ \t][^\n]{1,60}$", re.M),
    re.compile(r"^[ \t]*Author[ \t]*:[^\n]*$", re.M),
    re.compile(r"^[^\n]{0,150}\bfollow (?:him|her|them) on[ \t]+(?:Twitter|X|Facebook|Telegram)\b[^\n]{0,60}$", re.M),
    re.compile(
        r"[\u2013\u2014][ \t]*[A-Z][\w ]{1,30}?[ \t]+with[ \t]+(?:" + _AGENCIES + r")"
        r"(?:[ \t]*(?:,|and|&)[ \t]*(?:" + _AGENCIES + r"))*[ \t]*$",
        re.M,
    ),
    # "By Jane Roe | Fox News", "File Photo by Jane Roe/UPI", "...in UkraineImage: Jane Roe/TASS", "Skip to more X"
    re.compile(r"^[ \t]*By[ \t]+[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){1,3}[ \t]*\|[^\n]{0,60}$", re.M),
    re.compile(r"\b(?:File[ \t]+)?Photos?[ \t]+by[ \t]+[A-Z][^\n]{0,80}$", re.M),
    re.compile(r"(?<=[a-z])(?:Image|Photo)[ \t]*:[^\n]{0,80}$", re.M),
    re.compile(r"^[ \t]*(?:\d{1,2}\.[ \t]*)?Skip to\b[^\n]{0,60}$", re.M),
    re.compile(r"^[^\n]{0,150}[^.!?\n\"\u201d][ \t]+Video[ \t]*$", re.M),  # a video's teaser: "X: the big winner Video"
    # a picture's credit on a line of its own: "Reuters Archive", "AFP File"
    re.compile(r"^[ \t]*(?:" + _AGENCIES + r")[ \t]+(?:Archives?|Files?|Photos?|Pictures)[ \t]*$", re.M),
    # an agency's byline on a line of its own: "By Reuters.", "By Reuters. (Production: Jane Roe)"
    re.compile(r"^[ \t]*By[ \t]+(?:" + _AGENCIES + r")[ \t]*\.?(?:[ \t]*\([^()\n]*\))?[ \t]*$", re.M),
    # "(With agency inputs)" on a line of its own
    re.compile(r"^[ \t]*\(?[Ww]ith[ \t]+(?:agency|additional|wire)[ \t]+inputs?\)?\.?[ \t]*$", re.M),
    # a line of an outlet's channels, no sentence: "Read us in channels ... Telegram, Facebook, Google News"
    re.compile(
        r"^(?=[^\n]{0,200}$)(?=[^\n]*\b(?:[Ff]ollow|[Rr]ead|[Ss]ubscribe|[Jj]oin|[Ff]ind|[Ll]ike|[Ww]atch|channels?)\b)"
        r"[^\n]*\b" + _PLATFORMS + r"\b[^\n]*\b" + _PLATFORMS + r"\b[^\n.!?]*$",
        re.M,
    ),  # a channel cue on the line: 'Russia Blocks Facebook and Instagram' is a headline
    # an outlet's byline stamped with the date and time: "By The Harbour Gazette 2024-03-05 10:15:00"
    re.compile(
        r"^[ \t]*By[ \t]+[A-Z][\w.'\u2019&-]*(?:[ \t]+[A-Z][\w.'\u2019&-]*){0,4}[ \t]+\d{4}-\d{2}-\d{2}"
        r"(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*$",
        re.M,
    ),
    # the author's note closing a page: "Jane Roe is a Europe correspondent for The Harbour Gazette. She has ..."
    re.compile(
        r"^[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){1,2}[ \t]+is[ \t]+an?[ \t]+[^.\n]{0,60}\b"
        r"(?:correspondent|reporter|journalist|staff writer|columnist)[ \t]+(?:for|at|with)[ \t]+[A-Z][^.\n]{0,60}\."
        r"(?:[ \t]+(?:He|She|They)[ \t]+(?:has|have|covers|cover|writes|write|previously|joined|is based)\b[^\n]*)?"
        r"[ \t]*$",
        re.M,
    ),
    # the authors' names in capitals before the outlet: "JANE ROE and JOHN DOE | The Harbour Gazette" (two names at
    # least: one run of capitals before a bar is as often a headline, "IRAN SEIZES TANKER | Reuters")
    re.compile(r"^[ \t]*[A-Z]{2,}(?:[ \t]+[A-Z][A-Z.'\u2019-]+){1,2}(?:[ \t]*(?:,|and|&)[ \t]*[A-Z]{2,}"
               r"(?:[ \t]+[A-Z][A-Z.'\u2019-]+){1,2})+[ \t]*\|[^\n]{0,60}$", re.M),
    # a syndicated page's note: "This article was originally published by X. Read the Original article here."
    re.compile(
        r"^[ \t]*This[ \t]+(?:article|story)[ \t]+was[ \t]+(?:originally|first)[ \t]+published[ \t]+(?:by|in|on|at)"
        r"[ \t]+[^\n,]{0,120}$",
        re.M,
    ),
]

# a photographer's credit in square brackets: "[Jane Roe/Reuters]", "[File: Jane Roe / AFP]", "[Jane Roe/Getty Images]"
_BRACKET_CREDIT = (
    r"\[[ \t]*(?:File[ \t]*:[ \t]*)?[A-Z][\w.'\u2019\- ]{1,40}?[ \t]*/[ \t]*(?:" + _AGENCIES + r"|" + _CREDITORS
    + r"|Pool|[A-Z]{2,6})\b[^\]\n]{0,30}\]"
)

# a paper's masthead in capitals between a page's pipes: "Doha, Qatar | THE INDEPENDENT | Headline ..."
_PIPED_MASTHEAD = r"(?<=\|)[ \t]*THE[ \t]+[A-Z][A-Z'\u2019&.\-]+(?:[ \t]+[A-Z][A-Z'\u2019&.\-]+){0,3}[ \t]*(?=\|)"

# credits inside a line, after the caption they belong to
_CAPS_CREDIT = re.compile(
    r"(?<=[.!?\u201d\"][ \t])[ \t]*(?:THE[ \t]+)?[A-Z]{2,}(?:[ \t-][A-Z]{2,}){0,3}[ \t]*/[ \t]*"
    r"[A-Z][\w'\u2019.\-]*(?:[ \t]+[A-Z][\w'\u2019.\-]*){0,3}[ \t]*$",
    re.M,
)
# a pool's credit in brackets: "(Summit Press Pool)", "(Inter-Korean Summit Press Corps)"
_POOL_CREDIT = re.compile(r"\([ \t]*(?:[A-Z][\w\-]*[ \t]+){0,4}(?:Press[ \t]+(?:Pool|Corps)|Pool[ \t]+Photo)[ \t]*\)")

# a page's notes on its sources and rights: a photographer's credit on a line of its own ("Jane Roe/Associated
# Press"), a syndication disclaimer ("Disclaimer: This report is auto generated from the X news service."), a
# copyright note ("Copyright(c) 2025 X.com. All Rights Reserved", "© 2024 X"), an agency's dated stamp ("Reuters
# Published 03 Dec, 2024 02:21pm")
_FOOT_LINES = [
    re.compile(
        r"^[ \t]*[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){1,3}[ \t]*/[ \t]*(?:" + _AGENCIES
        + r"|" + _CREDITORS + r"|Associated Press)[ \t]*$",
        re.M,
    ),
    re.compile(r"^[ \t]*Disclaimer[ \t]*:[^\n]*$", re.M),
    # a line's start or a sentence's end before it, and a short rest of the line: "the Copyright 2019 rules" is prose
    re.compile(
        r"(?:^|(?<=[.!?]))[ \t]*(?:Copyright(?:[ \t]*(?:\([cC]\)|\u00a9))?|\u00a9)[ \t]*(?:19|20)\d\d\b[^\n]{0,80}$",
        re.M,
    ),
    re.compile(r"^[ \t]*(?:" + _AGENCIES + r")[ \t]+(?:Published|Updated|Posted)\b[^\n]{0,40}$", re.M),
    # a writer's byline run into the page's date stamp: "Jane Roe Published May 29, 2023 | 06:00 PM"
    re.compile(
        r"^[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){1,2}[ \t]+(?:Published|Updated|Posted)[ \t]+(?:on[ \t]+)?"
        r"(?:" + MONTH_WORD + r"[ \t]+\d|\d)[^\n]{0,40}$",
        re.M,
    ),
    # a caption's credit set off by dots: "... in March.Credit...Jane Roe/Reuters"
    re.compile(r"\bCredit(?:\.\.\.|\u2026)[^\n]{0,80}$", re.M),
    # a page's notice under an embedded post: "The BBC is not responsible for the content of external sites."
    re.compile(r"^[^\n]{0,40}\bis not responsible for the content of external (?:sites|websites)\b[^\n]*$", re.M),
    # a page's prompt to sign up: "24/7 Live - Subscribe to the Pulse Newsletter!"
    re.compile(r"^[^\n]{0,40}\b(?:Subscribe to|Sign up (?:to|for))\b[^\n]{0,60}\b[Nn]ewsletters?\b[^\n]{0,20}$", re.M),
]
_FOOT_NEEDS = [("/",), ("Disclaimer",), ("Copyright", "\u00a9"), ("Published", "Updated", "Posted"),
               ("Published", "Updated", "Posted"), ("Credit",),
               ("not responsible",), ("Subscribe", "Sign up")]

# a feed's foot line naming the outlet (see _INLINE)
_FIRST_ON = r"(?<=[ \t])appeared first on [A-Z][^\n.]{0,60}\.?[ \t]*$"

# the editors' initials that sign a story off, with the agencies it drew on: "jr/js (AFP, Reuters)", "jr/js/",
# "(AFP, dpa)" alone on the last line
_BRACKETED_AGENCIES = r"\((?:" + _AGENCIES + r")(?:[ \t]*,[ \t]*(?:" + _AGENCIES + r"))*\)"
_INITIALS_LINE = re.compile(
    r"^[ \t]*(?:[a-z]{2,4}(?:/[a-z]{2,4})+/?(?:[ \t]*" + _BRACKETED_AGENCIES + r")?|" + _BRACKETED_AGENCIES
    + r")[ \t]*$",
    re.M,
)

_INLINE = [
    re.compile(
        r"[(\[][ \t]*(?:Photos?|Image|Picture|Pic|Credit|Source|File photo|Photograph|Video)[ \t]*(?::|by\b)"
        r"[^)\]\n]*[)\]]",
        re.I,
    ),
    re.compile(r"\b(?:Photo|Image|Picture)[ \t]+(?:courtesy|credit)[ \t]*(?:of|:)?[^\n]*$", re.I | re.M),
    # a caption's credit after a dash or in a bracket: "... aground off Mauritius - courtesy Ruritania Port Authority"
    re.compile(r"[-\u2013\u2014(][ \t]*[Cc]ourtesy[ \t]+(?:of[ \t]+)?[A-Z][^\n()]{0,80}\)?[ \t]*$", re.M),
    re.compile(
        r"\b(?:(?:Photograph|Photo|Image|Illustration|Credit|Image source)[ \t]*[:,]|(?:Photos|PHOTOS?)[ \t]*:)"
        r"[ \t]*[^\n]{0,80}$",
        re.M,
    ),  # "PHOTOS: COURTESY OF ..." in capitals too (not "Photos, videos and ...")
    re.compile(r"(?<!/)\b(?:" + _AGENCIES + r")[ \t]*/[ \t]*[\w .\-\u2019']+(?:/[\w .\-\u2019']+)*$", re.M),
    re.compile(r"\bFILE PHOTO[ \t]*:[ \t]*", re.I),
    # a page's picture widget run into the caption after it: "Camera IconHMAS Adelaide has left ..."
    re.compile(r"\b(?:Camera|Photo|Image|Video|Gallery)[ \t]?Icon(?=[A-Z\s])"),
    # an agency's bracket closing a dateline the patterns above do not take: "Ankara/Berlin (Reuters) -"
    re.compile(r"\((?:" + _AGENCIES + r")\)[ \t]*[-\u2013\u2014]+[ \t]*"),
    # an agency's name closing a caption: "... on Aug 16, 2022. - AP", "... €50,000. AP", "Muizzu ( AFP)"
    re.compile(_AFTER_SENTENCE + r"(?:[-\u2013\u2014][ \t]*)?(?:" + _CREDITORS + r")[ \t]*$", re.M),
    re.compile(r"\([ \t]*(?:" + _CREDITORS + r")[ \t]*\)[ \t]*$", re.M),
    # a credit at the end of a caption: "(AP Photo/Alex Brandon)", "... 2025. Scanpix/T. Traasdahl via REUTERS"
    re.compile(r"\([^()\n]*/[^()\n]*\)[ \t]*$", re.M),
    # a bare credit in brackets: "(AP Photo)", "(Reuters Photo)", "(Photo)"
    re.compile(r"\((?:(?:" + _AGENCIES + r")[ \t]+)?(?:Photo|PHOTO|File Photo|Photograph|Image)\)"),
    re.compile(_AFTER_SENTENCE + r"[^.!?\n]*\bvia[ \t]+(?:" + _CREDITORS + r"|Shutterstock)\b.*$", re.M),
    re.compile(_AFTER_SENTENCE + r"[^.!?\n]{0,60}(?:Photo|PHOTO|Image|IMAGE|Picture)[ \t]*/.*$", re.M),
    re.compile(_AFTER_SENTENCE + r"[^.!?\n]{0,60}/[ \t]*(?:" + _CREDITORS + r")\b(?!/).*$", re.M),
    # a photographer's credit in square brackets closing a caption: "[Jane Roe/Reuters]", "[File: Jane Roe / AFP]"
    re.compile(_BRACKET_CREDIT),
    re.compile(_PIPED_MASTHEAD),
    # a photographer after a caption's names: "A and B, Jane Roe / AFP."
    re.compile(r"(?<=,)[ \t]*[A-Z][\w.'\- ]{1,40}/[ \t]*(?:" + _CREDITORS + r")\.?[ \t]*$", re.M),
    re.compile(r"\bPHOTO[ \t]*:[^\n]{0,60}$", re.M),
    re.compile(_AFTER_SENTENCE + r"\([Ww]ith [A-Z][\w.\- ]{1,40}\)[ \t]*$", re.M),  # "(With EFE Agency)", "(with AFP)"
    # an agency's name in brackets closing a paragraph: "...were safe following the unrest. (BBC)"
    re.compile(r"(?<=[.!?\u201d\"] )\((?:" + _AGENCIES + r")\)[ \t]*$", re.M),
    # an agency's foot line, on its own line or in brackets: "(Reporting by ...; Editing by ...)"
    re.compile(
        r"(?:^[ \t]*\(?|\()[\u00b4'`\u2018\u2019]?"
        r"(?:Reporting|Additional reporting|Writing|Editing|Compiled|Graphics|Research)"
        r"(?:[ \t]+contributed)?[ \t]+by[ \t][^\n]*$",
        re.M,
    ),
    re.compile(
        _AFTER_SENTENCE + r"[^.!?\n]{0,80}\bcontributed(?:[ \t]+reporting)?[ \t]+to[ \t]+this[ \t]+"
        r"(?:report|story)[^\n]*$",
        re.M,
    ),
    # a credit line at a story's foot: "Some information for this report came from AFP and Reuters."
    re.compile(_AFTER_SENTENCE + r"Some[ \t]+(?:information|material)\b[^.!?\n]{0,60}\bfrom[ \t][^\n]*$", re.M),
    # several agencies' photos: "(Reuters and AP photos)", "(AFP/Getty Images)"
    re.compile(
        r"\((?:" + _AGENCIES + r")(?:[ \t]*(?:,|and|&)[ \t]*(?:" + _AGENCIES + r"))*"
        r"[ \t]+(?:photos?|images?|files?)\)",
        re.I,
    ),
    # an agency's line with the date it was filed: "AFP , Wednesday 17 Jan 2024"
    re.compile(r"^[ \t]*(?:" + _AGENCIES + r")[ \t]*[,|\-\u2013\u2014][^\n]{0,40}\b(?:19|20)\d\d\b[^\n]{0,12}$", re.M),
    # a dated masthead line: "Published Mar 3, 2021 9:15 AM by The Harbour Gazette"
    re.compile(r"^[ \t]*(?:Published|Posted|Updated|Last updated)\b[^\n]{0,60}?\bby[ \t]+[^\n]*$", re.M),
    # a byline signed with an address: "by Jane Roe jroe@paper.com"
    re.compile(r"\b[Bb]y[ \t]+[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,3}[ \t]+[\w.+-]+@[\w-]+\.[\w.]+"),
    *_CREDIT_LINES,
    # an agency in capitals and its photographer closing a caption after its sentence: "... in Ottawa. THE CANADIAN
    # PRESS/Jane Roe", "... 2023. EPA-EFE/JANE ROE" (not a headline's "US/EU talks resume")
    _CAPS_CREDIT,
    _POOL_CREDIT,
    # (_NEEDS names most patterns by their place in this list: new ones go last, or are named constants)
    # a dateline's town before the Vietnam News Agency's bracket: "Hanoi (VNA) -", "Ho Chi Minh City (VNA) -" (not
    # the towns of "Ankara (Reuters) -", "Moscow (AP) -", which the gold reads as the states they stand for)
    re.compile(
        r"(?m)^[ \t]*[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}[ \t]*(?=\(VNA\)[ \t]*[-\u2013\u2014])"
    ),
    # an outlet's name opening the text before a slash: "Vexland News / The two states signed ..."
    re.compile(r"(?m)^[ \t]*(?:[A-Z][\w'\u2019-]*[ \t]+){1,3}(?:News|Press|Media)[ \t]*/[ \t]+(?=[A-Z])"),
    # an agency's sign-off run onto the last sentence: "... 40 billion USD.-VNA"
    re.compile(r"(?<=[.!?])[-\u2013\u2014](?:" + _CREDITORS + r")[ \t]*$", re.M),
    # a feed's foot line naming the outlet: "The post Talks resume in Vexland appeared first on Example Daily."
    re.compile(_FIRST_ON, re.M),
    *_FOOT_LINES,
    _INITIALS_LINE,
    # (appended last: _NEEDS names some patterns above by their place in this list)
    # an agency alone in square brackets closing a caption or a paragraph: "... beheaded by X [Reuters]", "[EPA]"
    re.compile(r"\[[ \t]*(?:File[ \t]*:[ \t]*)?(?:" + _AGENCIES + r"|" + _CREDITORS + r")[ \t]*\][ \t]*$", re.M),
]

# Words an inline pattern cannot match without (any one of them), by the pattern's source: a text holding none of
# them is not scanned for it (most hold none; the scans were a tenth of the entity rules' time). A pattern edited
# without its entry here is simply always scanned; so is one that starts at a bracket (its scan is quicker than
# looking for each of many words).
_NEEDS: dict[str, tuple[str, ...]] = {
    _FIRST_ON: ("appeared first",),
    r"\b(?:Photograph|Photo|Image|Illustration|Credit|Image source)[ \t]*[:,][ \t]*[^\n]{0,80}$": (
        "Photo",
        "Image",
        "Illustration",
        "Credit",
    ),
    r"(?<!/)\b(?:" + _AGENCIES + r")[ \t]*/[ \t]*[\w .\-\u2019']+(?:/[\w .\-\u2019']+)*$": ("/",),
    _AFTER_SENTENCE + r"(?:[-\u2013\u2014][ \t]*)?(?:" + _CREDITORS + r")[ \t]*$": tuple(_CREDITORS.split("|")),
    _AFTER_SENTENCE + r"[^.!?\n]*\bvia[ \t]+(?:" + _CREDITORS + r"|Shutterstock)\b.*$": ("via",),
    _AFTER_SENTENCE + r"[^.!?\n]{0,60}(?:Photo|PHOTO|Image|IMAGE|Picture)[ \t]*/.*$": ("Photo", "PHOTO", "Image",
                                                                                     "IMAGE", "Picture"),
    _AFTER_SENTENCE + r"[^.!?\n]{0,60}/[ \t]*(?:" + _CREDITORS + r")\b(?!/).*$": ("/",),
    r"\bPHOTO[ \t]*:[^\n]{0,60}$": ("PHOTO",),
    _BRACKET_CREDIT: ("/",),
    _PIPED_MASTHEAD: ("| THE ", "|THE "),
    _AFTER_SENTENCE + r"\([Ww]ith [A-Z][\w.\- ]{1,40}\)[ \t]*$": ("(With ", "(with "),
    _AFTER_SENTENCE + r"[^.!?\n]{0,80}\bcontributed(?:[ \t]+reporting)?[ \t]+to[ \t]+this[ \t]+"
    r"(?:report|story)[^\n]*$": ("contributed",),
    r"\b[Bb]y[ \t]+[A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){0,3}[ \t]+[\w.+-]+@[\w-]+\.[\w.]+": ("@",),
    _AFTER_SENTENCE + r"Some[ \t]+(?:information|material)\b[^.!?\n]{0,60}\bfrom[ \t][^\n]*$": ("Some ",),
    _CREDIT_LINES[0].pattern: ("nput",),
    _CREDIT_LINES[1].pattern: ("Author",),
    _CREDIT_LINES[2].pattern: ("follow him", "follow her", "follow them"),
    _CREDIT_LINES[3].pattern: (" with ",),
    _CREDIT_LINES[4].pattern: ("|",),
    _CREDIT_LINES[5].pattern: ("Photo by", "Photos by"),
    _CREDIT_LINES[6].pattern: ("Image", "Photo"),
    _CREDIT_LINES[7].pattern: ("Skip to",),
    _CREDIT_LINES[8].pattern: (" Video",),
    _CREDIT_LINES[9].pattern: (" Archive", " File", " Photo", " Pictures"),
    _CREDIT_LINES[10].pattern: ("By",),
    _CREDIT_LINES[11].pattern: ("nput",),
    _CREDIT_LINES[12].pattern: tuple(_PLATFORMS[3:-1].split("|")),
    _INLINE[2].pattern: ("ourtesy",),
    _INLINE[6].pattern: ("Icon",),
    _INLINE[10].pattern: ("/",),
    _INLINE[17].pattern: ("/",),
    _INLINE[21].pattern: ("Reporting", "Additional reporting", "Writing", "Editing", "Compiled", "Graphics",
                          "Research"),
    _INLINE[26].pattern: ("Published", "Posted", "Updated", "Last updated"),
    _CREDIT_LINES[13].pattern: ("By",),
    _CREDIT_LINES[14].pattern: ("correspondent", "reporter", "journalist", "staff writer", "columnist"),
    _CREDIT_LINES[15].pattern: ("|",),
    _CREDIT_LINES[16].pattern: ("published",),
    _CAPS_CREDIT.pattern: ("/",),
    _POOL_CREDIT.pattern: ("Pool", "Corps"),
    _INITIALS_LINE.pattern: ("/", "("),
    **{p.pattern: needs for p, needs in zip(_FOOT_LINES, _FOOT_NEEDS, strict=True)},
}
# the same for the patterns that ignore case, tested on the text folded as ``re.I`` folds it (``_folded``)
_NEEDS_FOLDED: dict[str, tuple[str, ...]] = {
    _INLINE[1].pattern: ("courtesy", "credit"),
    _INLINE[5].pattern: ("file photo",),
}


def _folded(text: str) -> str:
    """``text`` in lower case with the few characters ``re.I`` matches to another ASCII letter made that letter
    ("\u0130" lower-cases to "i" and a combining dot, "\u0131" is "i", "\u017f" is "s"): a word absent from it is
    matched nowhere in ``text`` by a pattern that ignores case."""
    return text.lower().replace("\u0307", "").replace("\u0131", "i").replace("\u017f", "s")


# the banner over every United States government site (.gov, .mil): "An official website of the United States
# government" / "Here's how you know" / "A .mil website belongs to an official ... organization" / "A lock ... means
# you've safely connected to the .gov website. Share sensitive information only on official, secure websites."
_GOV_BANNER = re.compile(
    r"An official website of the [A-Z][^\n]{2,60}? government|Here['\u2019]s how you know"
    r"|Official websites use \.(?:gov|mil)\b[^\n]{0,160}|Secure \.(?:gov|mil) websites use HTTPS\b[^\n]{0,200}"
    r"|An? \.(?:gov|mil) website belongs to an official\b[^\n]{0,160}"
    r"|A lock\b[^\n]{0,80}means you['\u2019]ve safely connected to the \.(?:gov|mil) website\.[^\n]{0,120}"
)

@cache
def _line_patterns() -> list[re.Pattern]:
    return [re.compile(p) for p in knowledge().lexicon["furniture_lines"]]


def _dateline(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _DATELINE.finditer(text):
        head = _PAGE_DATE.sub("", m.group(0), count=1)
        if head.lstrip().startswith("("):
            out.append(m.span())
            continue
        place = re.split(r"[,(:\-\u2013\u2014\u2022]", head.strip(), maxsplit=1)[0].strip()
        words = place.split()
        # a dateline is a short place in capitals followed by a dash or an agency; not a shouted headline word
        if not words or not all(_CAPS_WORD.fullmatch(w) for w in words) or sum(len(w) for w in words) < 3:
            continue
        has_agency = "(" in head
        rest = text[m.end() : m.end() + 1]
        if has_agency or (rest[:1].isupper() or rest[:1] in {"\u201c", '"'}):
            out.append(m.span())
    return out


_MONTHS = MONTH_WORD
# what may open a paragraph before the article's first word: "(MENAFN- X (KUNA))", "WASHINGTON, March 28", "(KUNA)"
_LEAD_PARTS = [
    re.compile(r"\((?:[^()\n]|\([^()\n]*\)){1,80}\)[ \t]*"),  # a bracketed source, brackets inside allowed
    # "Athens, 8 April 2016 (X) -", "RABAT, 23 October (X) --": a town, then the day before the month
    re.compile(r"[A-Z][A-Za-z.'\u2019-]+(?:[ \t]+[A-Z][A-Za-z.'\u2019-]+)?,[ \t]*(?=\d{1,2}[ \t]+" + _MONTHS + r")"),
    re.compile(r"\d{1,2}[ \t]+" + _MONTHS + r"(?:,?[ \t]+\d{4})?[ \t]*(?=\()"),
    # a town in capitals, then perhaps ", Jan 5", perhaps a comma before a bracket ("ISTANBUL, (X - 12th Sep, 2023 ):")
    re.compile(
        r"[A-Z][A-Z.'\u2019-]+(?:[ \t]+[A-Z][A-Z.'\u2019-]+){0,3}(?:,[ \t]*[A-Z][\w.'\u2019-]*){0,2}"
        r"(?:,?[ \t]*" + _MONTHS + r"[ \t]+\d{1,2}(?:,[ \t]*\d{4})?)?[ \t]*(?:,[ \t]*(?=\())?"
    ),
    re.compile(_MONTHS + r"[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]*"),
    re.compile(r"\d{1,2}(?:,[ \t]*\d{4})?[ \t]+"),  # the day after "WASHINGTON, March"
    re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?,[ \t]*(?=\()"),  # "Dubai, (APP - ...):"
    re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]*\[[A-Z][\w .]{1,30}\],?[ \t]*"),  # "Delhi [India], July 4 (X):"
    re.compile(r"date[ \t]+\d{4}-\d{2}-\d{2}[ \t]+(?=[A-Z(])"),  # a stored page's date before such a dateline
    re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?,[ \t]*(?=" + _MONTHS + r"[ \t]+\d)"),  # "Tokyo, Dec. 21 (X)--"
]
_LEAD_END = re.compile(r"[-\u2013\u2014:\u2022]+[ \t]*")  # "SEOUL \u2022 North Korea severed..."
_AGENCY_BRACKET = re.compile(r"\((?:" + _AGENCIES + r")\)[ \t]*")
# any agency's short capitals in a bracket opening the whole text: "(JNS) For the first time ..." (not a known
# body's: "(NATO) Secretary General ..." keeps NATO)
_OPENING_BRACKET = re.compile(r"\(([A-Z]{2,5})\)[ \t]*")
# a stored page's date line that holds nothing but a section's name: "date 2021-09 AP National"
_DATE_SECTION = re.compile(r"(?m)^[ \t]*date[ \t]+\d{4}-\d{2}(?:-\d{2})?(?:[ \t]+[A-Z&][\w&]*){1,3}[ \t]*$")
# an outlet's name signing off the article on its last line: "Jiji Press", "Halqabsi News"
_SIGN_OFF = re.compile(r"(?:[A-Z][a-z]+|[A-Z]{2,})(?:[ \t]+(?:[A-Z][a-z]+|[A-Z]{2,})){0,2}")
_DATE_LINE = re.compile(
    r"(?m)^[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}[ \t]*(?:Trending|Kindly Share This Story:?|Support [^!\n]{1,40}!)?[ \t]*"
    r"(?:\((?:" + _AGENCIES + r")\)[ \t]*[-\u2013\u2014]+[ \t]*)?"  # "date 2021-12-09 (Bloomberg) --"
)


def _opens_text(m: re.Match, start: int) -> bool:
    """ "(JNS) ": an unknown agency's short capitals in a bracket at the very start of the text."""
    found = _OPENING_BRACKET.fullmatch(m.group(0)) if start == 0 and m.start() == 0 else None
    return found is not None and lookup(found.group(1)) is None


def _lead_ranges(text: str) -> list[tuple[int, int]]:
    """ "(MENAFN- Kuwait News Agency (KUNA)) WASHINGTON, March 28 (KUNA) --", "July 10 (UPI) --": a paragraph's
    opening run of bracketed sources, places in capitals and dates, ended by a dash, when a bracket is among them."""
    out = []
    for line in re.finditer(r"(?m)^[ \t]*", text):
        pos, bracket, agency = line.end(), False, False
        for _ in range(6):
            for part in _LEAD_PARTS:
                m = part.match(text, pos)
                if m and m.end() > pos:
                    bracket = bracket or m.group(0).startswith("(")
                    agency = _AGENCY_BRACKET.fullmatch(m.group(0)) is not None or _opens_text(m, line.end())
                    pos = m.end()
                    break
            else:
                break
        end = _LEAD_END.match(text, pos)
        if bracket and end and end.end() > end.start() and pos > line.end():
            out.append((line.end(), end.end()))
        elif agency and text[pos : pos + 1].isupper():
            out.append((line.end(), pos))  # "Beijing, Sep 28 (AFP) China and ...": an agency's bracket, no dash
    return out


def furniture_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of page furniture: whole lines (bylines, credits, share prompts) and parts of lines.

    Read twice per document (the sentence-boundary component's leads, then the entity rules): the ranges of the
    last few texts are kept, and each caller gets its own list."""
    return list(_furniture_ranges(text))


@lru_cache(maxsize=64)  # a batch of short texts is parsed (leads read) before their rules run (see pipeline)
def _furniture_ranges(text: str) -> tuple[tuple[int, int], ...]:
    ranges: list[tuple[int, int]] = []
    pos, header, seen_title, links = 0, True, False, False
    for line in text.splitlines(keepends=True):
        body = line.strip()
        start, end = pos, pos + len(line)
        pos = end
        if not body:
            continue
        if ("website" in body or "how you know" in body) and _GOV_BANNER.fullmatch(body):
            ranges.append((start, end))  # a government site's banner, above its masthead and headline
            continue
        if links and not (len(body.split()) >= 12 and _SENTENCE_END.search(body)):
            ranges.append((start, end))  # a link's headline under a "Related posts" heading
            continue
        links = bool(seen_title and _LINKS_HEAD.fullmatch(body))
        if links:
            ranges.append((start, end))
            continue
        if not seen_title:
            if _SITE_LINE.fullmatch(body):
                ranges.append((start, end))  # "ExampleRates.com", "[Source: X]" above the headline
                continue
            seen_title = True
            if _BYLINE.match(body):
                ranges.append((start, end))  # a byline above the article, where the headline was not kept
                continue
            if len(body.split()) <= 2 and not body.startswith("date "):
                ranges.append((start, end))  # a masthead or section name above the headline ("Saudi Press")
                seen_title = False
            continue
        if any(p.search(body) for p in _line_patterns()):
            ranges.append((start, end))
            continue
        if header and len(body.split()) <= 5 and not _SENTENCE_END.search(body):
            ranges.append((start, end))  # a byline between the title and the article
            continue
        if len(body.split()) >= 12:
            header = False
    ranges += _dateline(text) + _lead_ranges(text)
    ranges += [m.span() for m in _DATE_LINE.finditer(text) if m.end() > m.start()]
    ranges += [m.span() for m in _DATE_SECTION.finditer(text)] + _sign_off(text) + teaser_tails(text)
    folded = None
    for pattern in _INLINE:
        if pattern.flags & re.I:
            needs = _NEEDS_FOLDED.get(pattern.pattern)
            if needs is not None:
                folded = _folded(text) if folded is None else folded
                if not any(w in folded for w in needs):
                    continue
        elif (needs := _NEEDS.get(pattern.pattern)) is not None and not any(w in text for w in needs):
            continue
        ranges += [m.span() for m in pattern.finditer(text) if m.end() > m.start()]
    merged: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return tuple(merged)


def _sign_off(text: str) -> list[tuple[int, int]]:
    """The last line when it is a short name alone ("Halqabsi News") under a paragraph that ends a sentence."""
    body = text.rstrip()
    cut = body.rfind("\n")
    last = body[cut + 1 :].strip()
    above = body[:cut].rstrip()
    if cut < 0 or not _SIGN_OFF.fullmatch(last) or not _SENTENCE_END.search(above[-2:]):
        return []
    return [(cut + 1, len(body))]


def title_range(text: str) -> tuple[int, int]:
    """The first line, when more text follows it (a text of one line has no headline)."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start:end].strip()
    sentence = len(line.split()) >= 12 and line.endswith((".", "\u201d", '"'))
    if end < 0 or not text[end:].strip() or len(line.split()) > _TITLE_WORDS or sentence:
        return start, start  # one line, or a first line that is the article's first paragraph
    return start, end


def in_headline(text: str, pos: int) -> bool:
    """Is ``pos`` on a line set as a headline: a line of at most 30 words with no sentence's end, more text after it?"""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)].strip()
    if end < 0 or not text[end:].strip():
        return False
    return len(line.split()) <= _TITLE_WORDS and not _SENTENCE_END.search(line)


def _sentence_case(title: str) -> bool:
    """A title written as a sentence ("Sanctions also remain in place for three state bodies: ..."), where the
    capitals are names, as in the body: six or more lower-case words of four letters or more, a third of all."""
    words = title.split()
    lower = sum(1 for w in words if len(w) > 3 and w[0].islower())
    return lower >= 6 and 3 * lower >= len(words)


def heading_ranges(text: str) -> list[tuple[int, int]]:
    """The title and the subheadings: short lines without a sentence's end ("Barrier around shoal")."""
    t_start, t_end = title_range(text)
    out = [(t_start, t_end)] if t_end > t_start and not _sentence_case(text[t_start:t_end]) else []
    pos = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        body = line.strip()
        if start < t_end or not body or _list_item(body):
            continue
        if len(body.split()) <= _SUBHEADING_WORDS and not _SENTENCE_END.search(body) and body[:1].isupper():
            out.append((start, pos))
        elif _title_case_line(body):
            out.append((start, pos))  # "US Aircraft Carrier Arrives in Vietnam for Historic Visit": a heading
    return out


def _list_item(line: str) -> bool:
    """ "Acme Marine Limited," / "Acme Trading Limited, and": a line that goes on into the next one is an item of a
    list (of firms, of ships), never a heading: a heading closes without a comma."""
    head, _, last = line.rpartition(" ")
    return line.endswith((",", ";")) or (last in {"and", "or"} and head.rstrip().endswith(","))


_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "into", "over",
     "as", "after", "amid", "vs", "vs."}
)


def title_case_line_at(text: str, pos: int) -> bool:
    """Is the line holding ``pos`` a heading set in Title Case ("Tanker Collides with Norwegian Frigate")?"""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if any(c.isalnum() for c in w)]
    words = [w.lstrip("\"'\u2018\u201c") for w in words]  # a quoted word ("Says X ‘Strongly’ Backs") is capitalised
    return _title_case_line(" ".join(words))  # a dash between the heading's parts is no word


def _title_case_line(line: str) -> bool:
    """A line of 4-14 words set in Title Case (every word but the small ones capitalised), with no sentence's end."""
    words = line.split()
    if not 4 <= len(words) <= 14 or _SENTENCE_END.search(line):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in words)


def outside(ranges: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The stretches of text outside ``ranges`` (sorted, not overlapping)."""
    out, pos = [], 0
    for a, b in ranges:
        out.append((pos, a))
        pos = b
    return [*out, (pos, length)]
