"""Text wrapping and filling, written for PyPack from textwrap's documented behaviour.

Text is cut into chunks (runs of whitespace and words, words further cut after hyphens and
around em-dashes) by a small scanner; lines are then filled greedily from those chunks.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace textwrap knows about: other Unicode spaces stay inside words.
_SPACES = '\t\n\x0b\x0c\r '
_TO_SPACE = {ord(c): ' ' for c in _SPACES}


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _may_precede_dash(c):
    return _is_word(c) or c in '!"\'&.,?'


def _whitespace_runs(text):
    """Cut text into alternating runs of whitespace and non-whitespace."""
    runs = []
    start = 0
    end = len(text)
    while start < end:
        blank = text[start] in _SPACES
        stop = start + 1
        while stop < end and (text[stop] in _SPACES) == blank:
            stop += 1
        runs.append(text[start:stop])
        start = stop
    return runs


def _letters_at(word, *positions):
    for p in positions:
        if p < 0 or p >= len(word) or not _is_letter(word[p]):
            return False
    return True


def _hyphen_breaks(word, at):
    """A lone hyphen word[at] ends a chunk when it joins letters on both sides."""
    left = _letters_at(word, at - 2, at - 1) or \
        (_letters_at(word, at - 3, at - 1) and word[at - 2] == '-')
    if not left:
        return False
    if _letters_at(word, at + 1, at + 2):
        return True
    return _letters_at(word, at + 1, at + 3) and word[at + 2] == '-'


def _word_pieces(word):
    """Cut one whitespace-free word after its hyphens and around its em-dashes ('--')."""
    cuts = []
    n = len(word)
    i = 0
    while i < n:
        if word[i] != '-':
            i += 1
            continue
        run_end = i
        while run_end < n and word[run_end] == '-':
            run_end += 1
        if run_end - i > 1:
            # an em-dash between words stands alone
            if i > 0 and run_end < n and _may_precede_dash(word[i - 1]) and _is_word(word[run_end]):
                cuts.append(i)
                cuts.append(run_end)
        elif _hyphen_breaks(word, i):
            cuts.append(i + 1)
        i = run_end
    if not cuts:
        return [word]
    pieces = []
    last = 0
    for c in cuts:
        if c > last:
            pieces.append(word[last:c])
        last = c
    if last < n:
        pieces.append(word[last:])
    return pieces


def _ends_sentence(chunk):
    # a lowercase ASCII letter, then . ! or ?, then maybe a closing quote
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps and fills text; the keyword arguments become attributes of the same name."""

    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- chunking

    def _normalize(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(_TO_SPACE)
        return text

    def _chunks(self, text):
        runs = _whitespace_runs(self._normalize(text))
        if self.break_on_hyphens is not True:
            chunks = runs
        else:
            chunks = []
            for run in runs:
                if run[0] in _SPACES:
                    chunks.append(run)
                else:
                    chunks.extend(_word_pieces(run))
        if self.fix_sentence_endings:
            for k in range(len(chunks) - 1):
                if chunks[k + 1] == ' ' and _ends_sentence(chunks[k]):
                    chunks[k + 1] = '  '
        return chunks

    # -- filling

    def _check_sizes(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

    def _split_long(self, chunks, pos, line, used, room):
        """The chunk at pos does not fit on any line: put (part of) it on this one."""
        word = chunks[pos]
        if self.break_long_words:
            take = 1 if room < 1 else room - used
            if self.break_on_hyphens and len(word) > take:
                dash = word.rfind('-', 0, take)
                if dash > 0 and word[:dash].strip('-'):
                    take = dash + 1
            line.append(word[:take])
            chunks[pos] = word[take:]
            return pos
        if not line:
            line.append(word)
            return pos + 1
        return pos

    def _rest_is_blank(self, chunks, pos):
        left = len(chunks) - pos
        return left == 0 or (self.drop_whitespace and left == 1 and not chunks[pos].strip())

    def _lines_of(self, chunks):
        self._check_sizes()
        lines = []
        pos = 0
        total = len(chunks)
        while pos < total:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if lines and self.drop_whitespace and not chunks[pos].strip():
                pos += 1
            line = []
            used = 0
            while pos < total and used + len(chunks[pos]) <= room:
                line.append(chunks[pos])
                used += len(chunks[pos])
                pos += 1
            if pos < total and len(chunks[pos]) > room:
                pos = self._split_long(chunks, pos, line, used, room)
                used = sum(len(piece) for piece in line)
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue
            if self.max_lines is None or len(lines) + 1 < self.max_lines or \
                    (self._rest_is_blank(chunks, pos) and used <= room):
                lines.append(prefix + ''.join(line))
                continue
            self._truncate(lines, line, used, room, prefix)
            break
        return lines

    def _truncate(self, lines, line, used, room, prefix):
        """Last allowed line with text still to come: end it with the placeholder."""
        mark = self.placeholder
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                lines.append(prefix + ''.join(line) + mark)
                return
            used -= len(line.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(prefix + mark.lstrip())

    # -- public interface

    def wrap(self, text):
        """Wrap text into a list of lines of at most self.width characters."""
        return self._lines_of(self._chunks(text))

    def fill(self, text):
        """Wrap text and join the lines with newlines."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap text with a TextWrapper built from width and kwargs."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill text with a TextWrapper built from width and kwargs."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse whitespace, then cut text to one line of width, ending with the placeholder."""
    collapsed = ' '.join(text.split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(collapsed)


def _margin(line):
    """Leading spaces and tabs of a line with content, or None for a blank line."""
    body = line.lstrip(' \t')
    if not body:
        return None
    return line[:len(line) - len(body)]


def _common_prefix(a, b):
    k = 0
    limit = min(len(a), len(b))
    while k < limit and a[k] == b[k]:
        k += 1
    return a[:k]


def dedent(text):
    """Remove the whitespace prefix shared by every non-blank line of text."""
    # The TypeErrors CPython gives, whose dedent starts with a str regex.
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    if not isinstance(text, str):
        raise TypeError("expected string or bytes-like object, got '%s'" % type(text).__name__)
    lines = [line if line.strip(' \t') else '' for line in text.split('\n')]
    common = None
    for line in lines:
        margin = _margin(line)
        if margin is not None:
            common = margin if common is None else _common_prefix(common, margin)
    if common:
        cut = len(common)
        lines = [line[cut:] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Put prefix before the lines of text that predicate accepts (by default, non-blank)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
