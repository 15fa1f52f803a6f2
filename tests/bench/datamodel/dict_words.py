# Word counting and dict churn: str.split, dict get/set/pop, items iteration.
text = ' '.join(['alpha beta gamma delta epsilon zeta eta theta iota kappa'] * 20)
total = 0
for round_ in range(400):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    for k, v in counts.items():
        total += v
    index = {}
    for i in range(500):
        index[i] = i * 2
    for i in range(0, 500, 2):
        del index[i]
    total += len(index)
print(total)
