import random

random.seed(1)
items = list(range(20))
random.shuffle(items)
print(items)
words = ["apple", "banana", "cherry", "date", "elderberry"]
for _ in range(5):
    print(random.choice(words), random.choice((1, 2, 3)), random.choice("xyz"), random.choice(range(1000)))
print(random.sample(range(100), 10))
print(random.sample(words, 3), random.sample(words, 5), random.sample(words, 0))
print(random.sample(range(10 ** 6), 8))
print(random.sample(range(1000), 30))
print(random.sample("abcdefgh", k=4))
print(random.sample(["red", "blue"], 5, counts=[4, 2]))
print(random.choices(words, k=6))
print(random.choices(words, weights=[10, 1, 1, 1, 20], k=8))
print(random.choices(words, cum_weights=[1, 2, 3, 4, 5], k=5))
print(random.choices([1, 2, 3]))
lst = ["a", "b", "c", "d"]
random.shuffle(lst)
print(lst)
deck = [(rank, suit) for suit in "SHDC" for rank in range(1, 14)]
random.seed(99)
random.shuffle(deck)
print(deck[:7])
