# Word frequencies over generated text: str splitting, dict updates, sorting.
WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
         "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon"]


def make_text(n):
    parts = []
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        word = WORDS[x % len(WORDS)]
        if x % 7 == 0:
            word = word.upper()
        parts.append(word + ("," if x % 11 == 0 else ""))
    return " ".join(parts)


def count(text):
    freq = {}
    for raw in text.split():
        word = raw.strip(",.").lower()
        freq[word] = freq.get(word, 0) + 1
    return freq


text = make_text(300000)
freq = None
for _ in range(25):
    freq = count(text)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(text), len(freq))
print(top)
