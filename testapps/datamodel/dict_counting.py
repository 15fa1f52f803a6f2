text = 'the quick brown fox jumps over the lazy dog the end'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_len = {}
for w in text.split():
    by_len.setdefault(len(w), []).append(w)
print(by_len)
inv = {}
for w, c in counts.items():
    inv.setdefault(c, set()).add(w)
print({k: sorted(v) for k, v in inv.items()})
letters = {}
for ch in text:
    if ch != ' ':
        letters[ch] = letters.get(ch, 0) + 1
top = sorted([(-c, ch) for ch, c in letters.items()])[:5]
print(top)
