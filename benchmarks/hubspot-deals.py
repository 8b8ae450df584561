#!/usr/bin/env python3
"""Writes a HubSpot "Export view" deals file of N deals (default 50,000) to stdout, for benchmarks/run.sh."""
import random
import sys
from datetime import date, timedelta

n = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
rng = random.Random(17)
stages = ["Appointment Scheduled", "Contract Sent", "Closed Won", "Closed Lost"]
out = sys.stdout
out.write("\ufeff")
out.write('"Record ID","Deal Name","Deal Stage","Pipeline","Amount","Close Date","Create Date",'
          '"Date entered ""Appointment Scheduled (Sales Pipeline)""","Date entered ""Contract Sent (Sales Pipeline)""",'
          '"Date entered ""Closed Won (Sales Pipeline)"""\n')
start = date(2025, 1, 1)
for i in range(n):
    created = start + timedelta(days=rng.randrange(600))
    stage = rng.choice(stages)
    closed = created + timedelta(days=rng.randrange(10, 120))
    contract = created + timedelta(days=rng.randrange(1, 9)) if stage != "Appointment Scheduled" else None
    won = closed if stage == "Closed Won" else None
    amount = f"{rng.randrange(1000, 90000):,}.00"
    out.write(f'"{i + 1}","Deal {i + 1}","{stage}","Sales Pipeline","{amount}","{closed}","{created}",'
              f'"{created}","{contract or ""}","{won or ""}"\n')
