#!/usr/bin/env python3
"""Where the CPU samples of a flight recording went: top methods by own time, and by time including callees.

    jfr print --events jdk.ExecutionSample --stack-depth 96 rec.jfr > samples.txt
    python3 bench/jfr-top.py samples.txt [THREAD_SUBSTRING]
"""
import re
import sys
from collections import Counter

text = open(sys.argv[1]).read()
only = sys.argv[2] if len(sys.argv) > 2 else None
own, incl, total = Counter(), Counter(), 0
for event in text.split("jdk.ExecutionSample")[1:]:
    thread = re.search(r'sampledThread = "([^"]*)"', event)
    if only and (not thread or only not in thread.group(1)):
        continue
    frames = re.findall(r"^\s+([\w$.<>/]+)\(.*?line:", event, re.M)
    if not frames:
        continue
    total += 1
    own[frames[0]] += 1
    for f in set(frames):
        incl[f] += 1
print(f"{total} samples")
print("\n-- own time --")
for f, n in own.most_common(25):
    print(f"{100 * n / total:5.1f}%  {f}")
print("\n-- including callees (frames of interest) --")
for f, n in incl.most_common(400):
    if re.search(r"uk\.council|thymeleaf|MessageSource|ResourceBundle|csrf|Csrf|jdbc|h2\.|hikari|logback|Filter|jackson|Json|Mac|Hmac|ViewsRenderer|Pattern|format", f):
        print(f"{100 * n / total:5.1f}%  {f}")
