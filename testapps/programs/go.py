# Go on a small board: random playouts with captures and a UCT tree on top (classes, lists, random).
import math
import random
import sys

SIZE = 7
EMPTY, WHITE, BLACK = 0, 1, 2
PASS = -1
KOMI = 4.5


class Square:
    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.color = EMPTY
        self.neighbours = []

    def set_neighbours(self):
        x, y = self.pos % SIZE, self.pos // SIZE
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < SIZE and 0 <= ny < SIZE:
                self.neighbours.append(self.board.squares[nx + ny * SIZE])


class Board:
    def __init__(self):
        self.squares = [Square(self, pos) for pos in range(SIZE * SIZE)]
        for sq in self.squares:
            sq.set_neighbours()
        self.reset()

    def reset(self):
        for sq in self.squares:
            sq.color = EMPTY
        self.color = BLACK
        self.finished = False
        self.lastmove = -2
        self.history = []
        self.ko = None
        self.white_dead = 0
        self.black_dead = 0

    def group(self, sq):
        color = sq.color
        seen = {sq.pos}
        stack = [sq]
        liberties = set()
        while stack:
            s = stack.pop()
            for n in s.neighbours:
                if n.color == EMPTY:
                    liberties.add(n.pos)
                elif n.color == color and n.pos not in seen:
                    seen.add(n.pos)
                    stack.append(n)
        return seen, liberties

    def remove(self, stones):
        for pos in stones:
            self.squares[pos].color = EMPTY
        if self.color == WHITE:
            self.black_dead += len(stones)
        else:
            self.white_dead += len(stones)

    def legal(self, pos):
        sq = self.squares[pos]
        if sq.color != EMPTY or pos == self.ko:
            return False
        other = self.opponent()
        for n in sq.neighbours:
            if n.color == EMPTY:
                return True
        sq.color = self.color
        try:
            for n in sq.neighbours:
                if n.color == other and not self.group(n)[1]:
                    return True
            return bool(self.group(sq)[1])
        finally:
            sq.color = EMPTY

    def opponent(self):
        return WHITE if self.color == BLACK else BLACK

    def move(self, pos):
        if pos != PASS:
            sq = self.squares[pos]
            sq.color = self.color
            other = self.opponent()
            captured = []
            for n in sq.neighbours:
                if n.color == other:
                    stones, libs = self.group(n)
                    if not libs:
                        captured.extend(stones)
                        self.remove(stones)
            self.ko = captured[0] if len(captured) == 1 else None
        elif self.lastmove == PASS:
            self.finished = True
        else:
            self.ko = None
        self.color = self.opponent()
        self.lastmove = pos
        self.history.append(pos)

    def useful(self, pos):
        # Do not fill own eyes: an empty point whose neighbours are all ours.
        sq = self.squares[pos]
        return any(n.color != self.color for n in sq.neighbours)

    def random_move(self):
        empties = [sq.pos for sq in self.squares if sq.color == EMPTY]
        random.shuffle(empties)
        for pos in empties:
            if self.legal(pos) and self.useful(pos):
                return pos
        return PASS

    def score(self, color):
        count = KOMI if color == WHITE else 0
        for sq in self.squares:
            if sq.color == color:
                count += 1
            elif sq.color == EMPTY:
                if all(n.color == color for n in sq.neighbours):
                    count += 1
        return count

    def replay(self, history):
        for pos in history:
            self.move(pos)

    def __repr__(self):
        rows = []
        for y in range(SIZE):
            rows.append(" ".join(".OX"[self.squares[x + y * SIZE].color] for x in range(SIZE)))
        return "\n".join(rows)


class UCTNode:
    def __init__(self):
        self.bestchild = None
        self.pos = -1
        self.wins = 0
        self.losses = 0
        self.pos_child = [None] * (SIZE * SIZE)
        self.parent = None
        self.unexplored = None

    def play(self, board):
        color = board.color
        node = self
        path = [node]
        while True:
            pos = node.select(board)
            if pos == PASS:
                break
            board.move(pos)
            child = node.pos_child[pos]
            if not child:
                child = node.pos_child[pos] = UCTNode()
                child.unexplored = [p for p in range(SIZE * SIZE) if board.squares[p].color == EMPTY]
                child.pos = pos
                child.parent = node
                path.append(child)
                break
            path.append(child)
            node = child
        self.random_playout(board)
        self.update_path(board, color, path)

    def select(self, board):
        if self.unexplored:
            i = random.randrange(len(self.unexplored))
            pos = self.unexplored[i]
            self.unexplored[i] = self.unexplored[-1]
            self.unexplored.pop()
            if board.legal(pos):
                return pos
            return self.select(board)
        return self.bestchild.pos if self.bestchild else PASS

    def random_playout(self, board):
        for _ in range(SIZE * SIZE * 2):
            if board.finished:
                break
            board.move(board.random_move())

    def update_path(self, board, color, path):
        wins = board.score(BLACK) >= board.score(WHITE)
        for node in path:
            if color == BLACK:
                color = WHITE
            else:
                color = BLACK
            if wins == (color == BLACK):
                node.wins += 1
            else:
                node.losses += 1
            if node.parent:
                node.parent.bestchild = node.parent.best_child()

    def score(self):
        winrate = self.wins / float(self.wins + self.losses)
        parentvisits = self.parent.wins + self.parent.losses
        if not parentvisits:
            return winrate
        nodevisits = self.wins + self.losses
        return winrate + math.sqrt((math.log(parentvisits)) / (5 * nodevisits))

    def best_child(self):
        maxscore = -1
        maxchild = None
        for child in self.pos_child:
            if child and child.score() > maxscore:
                maxchild = child
                maxscore = child.score()
        return maxchild

    def best_visited(self):
        maxvisits = -1
        maxchild = None
        for child in self.pos_child:
            if child and (child.wins + child.losses) > maxvisits:
                maxvisits, maxchild = (child.wins + child.losses), child
        return maxchild


def computer_move(board, games):
    pos = board.random_move()
    if pos == PASS:
        return PASS
    tree = UCTNode()
    tree.unexplored = [p for p in range(SIZE * SIZE) if board.squares[p].color == EMPTY]
    nboard = Board()
    for _ in range(games):
        node = tree
        nboard.reset()
        nboard.replay(board.history)
        node.play(nboard)
    best = tree.best_visited()
    return best.pos if best else PASS


def main(games, moves):
    random.seed(7)
    board = Board()
    for i in range(moves):
        if board.finished:
            break
        pos = computer_move(board, games)
        board.move(pos)
    print(board)
    print("moves", len(board.history), "captured", board.white_dead, board.black_dead)
    print("score black", board.score(BLACK), "white", board.score(WHITE))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 6, int(sys.argv[2]) if len(sys.argv) > 2 else 6)
