"""Topological sorting of a graph of hashable nodes, all at once (static_order) or in waves a
caller marks done (prepare, get_ready, done), for parallel work."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

# A node's count of unfinished predecessors, or one of these two states once it left the sorter.
_PASSED_OUT = -1
_DONE = -2


class _Node:
    __slots__ = ("node", "waiting_on", "successors")

    def __init__(self, node):
        self.node = node
        self.waiting_on = 0
        self.successors = []


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists its nodes, the first repeated at the end."""
    pass


class TopologicalSorter:
    """Orders a graph's nodes so each comes after its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None
        self._passed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _entry(self, node):
        entry = self._nodes.get(node)
        if entry is None:
            entry = self._nodes[node] = _Node(node)
        return entry

    def add(self, node, *predecessors):
        """Add node, which comes after each of predecessors (added too if new)."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        entry = self._entry(node)
        entry.waiting_on += len(predecessors)
        for predecessor in predecessors:
            self._entry(predecessor).successors.append(node)

    def prepare(self):
        """Freeze the graph; raises CycleError if it has a cycle."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [entry.node for entry in self._nodes.values() if entry.waiting_on == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """The nodes whose predecessors are all done and that were not returned before."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].waiting_on = _PASSED_OUT
        self._ready.clear()
        self._passed_out += len(result)
        return result

    def is_active(self):
        """True while some node is ready or passed out and not yet done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._passed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes returned by get_ready() as processed, readying their successors."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            entry = self._nodes.get(node)
            if entry is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = entry.waiting_on
            if state != _PASSED_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            entry.waiting_on = _DONE
            for successor in entry.successors:
                after = self._nodes[successor]
                after.waiting_on -= 1
                if after.waiting_on == 0:
                    self._ready.append(successor)
            self._finished += 1

    def _find_cycle(self):
        # Depth-first from each node in insertion order, along successors in the order added;
        # meeting a node of the current path closes a cycle.
        visited = set()
        for start in self._nodes:
            if start in visited:
                continue
            path = [start]
            on_path = {start: 0}
            visited.add(start)
            branches = [iter(self._nodes[start].successors)]
            while branches:
                following = next(branches[-1], _END)
                if following is _END:
                    branches.pop()
                    del on_path[path.pop()]
                    continue
                if following in on_path:
                    return path[on_path[following]:] + [following]
                if following in visited:
                    continue
                visited.add(following)
                on_path[following] = len(path)
                path.append(following)
                branches.append(iter(self._nodes[following].successors))
        return None

    def static_order(self):
        """All nodes in an order that puts every node after its predecessors."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)


_END = object()
