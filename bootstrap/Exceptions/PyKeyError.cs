using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>KeyError shows a single argument as its repr, so <c>KeyError('a')</c> prints <c>'a'</c>.</summary>
public sealed class PyKeyError(PyType type, PyTuple args) : PyBaseException(type, args)
{
    public override string BaseStr() => Args.Count == 1 ? Operations.Text.Repr(Args[0]) : base.BaseStr();
}
