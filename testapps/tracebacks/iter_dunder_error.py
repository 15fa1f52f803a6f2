class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __iter__(self):
        for i in range(len(self.cards) + 1):
            yield self.cards[i]


for card in Deck(["A", "K"]):
    print(card)
