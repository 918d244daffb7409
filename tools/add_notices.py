"""Appends one notifications.notification row per open loan (requested, approved, active,
overdue) of a gen_community.py fixture: a loan_request to the lender for a request, a
loan_approved (or loan_overdue) to the borrower otherwise. Streams line by line, so a 1M fixture
can go through a pipe into `comuniza import` without ever being on disk (BENCHMARKS.md).

    python3 tools/add_notices.py IN.json OUT.json     (IN may be - for standard input)
"""
import json, sys

src, dst = sys.argv[1], sys.argv[2]
opened = {"requested": "loan_request", "approved": "loan_approved", "active": "loan_approved", "overdue": "loan_overdue"}
pk = 0
rows = []
with (sys.stdin if src == "-" else open(src)) as f, open(dst, "w") as out:
    last = None
    for line in f:
        s = line.rstrip("\n")
        if s.startswith('{"model": "loans.loan"'):
            r = json.loads(s.rstrip(","))
            st = r["fields"]["status"]
            if st in opened:
                pk += 1
                kind = opened[st]
                user = r["fields"]["lender"] if kind == "loan_request" else r["fields"]["borrower"]
                rows.append({"model": "notifications.notification", "pk": pk, "fields": {
                    "user": user, "notification_type": kind, "title": kind.replace("_", " "),
                    "message": "", "related_loan": r["pk"], "related_conversation": None,
                    "is_read": False, "created_at": r["fields"]["requested_at"]}})
        if s == "]":
            last = s
            continue
        if s.startswith("{") and not s.endswith(","):
            s += ","
        out.write(s + "\n")
    for i, r in enumerate(rows):
        out.write(json.dumps(r) + ("," if i + 1 < len(rows) else "") + "\n")
    out.write("]\n")
print(pk, "notifications")
