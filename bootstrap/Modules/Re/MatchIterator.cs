using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Re;

/// <summary>
/// What <c>Pattern.finditer</c> returns: finds each match when asked for it, as CPython's
/// <c>iter(scanner.search, None)</c> does (a callable_iterator), so a loop that breaks early does
/// not pay for the rest of the string and the matches are never all alive at once. After an empty
/// match the next may not be empty at the same place (CPython 3.7+).
/// </summary>
internal sealed class MatchIterator : PyIterator
{
    private readonly RegexEngine _engine;
    private readonly RegexSubject _subject;   // its own: the engine's last subject changes when it matches other strings
    private readonly long _pos;
    private readonly long _endpos;
    private readonly int _end;                // the UTF-16 offset of endpos, where $ and \Z match
    private readonly int[] _spans;            // the last match's group spans, in UTF-16 offsets
    private int _at;
    private bool _mustAdvance;
    private bool _done;

    public MatchIterator(RegexEngine engine, RegexSubject subject, long pos, long endpos)
    {
        _engine = engine;
        _subject = subject;
        _pos = pos;
        _endpos = endpos;
        _end = subject.Offset(endpos);
        _spans = new int[(engine.GroupCount + 1) * 2];
        _at = subject.Offset(pos);
        _done = pos > endpos;
    }

    public override PyType Type => PyFunctionIterator.CallableIteratorType;

    public override PyObject? Next()
    {
        if (_done) return null;
        if (!MatchGroups.Run(_engine.For(_mustAdvance ? 3 : 0), _subject.Chars, _end, _at, _spans))
        {
            _done = true;
            return null;
        }
        _mustAdvance = _spans[1] == _spans[0];
        _at = _spans[1];
        return _engine.NewMatch(_spans, _subject, _pos, _endpos);
    }
}
