"""The e-mail address a credit line may carry ("By Ana Lima <ana@harbour.news>").

Shared by the readers that find an address beside a name: the list of people
(credit_people), the e-mail bylines (credit_email_byline), sentences and the bare-name scan.
"""

from __future__ import annotations

import re

EMAIL_RE = re.compile(r"[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
ITEM_EMAIL_RE = re.compile(
    r"(?:\s+at)?\s*[<(\[]?\s*(?:e-?mail:?\s*)?(" + EMAIL_RE.pattern + r")\s*[>)\]]?", re.I
)
