namespace PyPack.Runtime.Objects;

/// <summary>Groups of protocol hooks a builtin type implements, for <see cref="SlotWrappers.Expose"/>.</summary>
[Flags]
public enum TypeSlots
{
    None = 0,
    /// <summary><c>__repr__</c>, <c>__str__</c> from <see cref="PyObject.Repr"/>/<see cref="PyObject.Str"/>.</summary>
    Text = 1,
    /// <summary><c>__hash__</c>.</summary>
    Hash = 2,
    /// <summary><c>__bool__</c>.</summary>
    Bool = 4,
    /// <summary><c>__lt__</c> ... <c>__ge__</c>.</summary>
    Compare = 8,
    /// <summary><c>__add__</c> and every other binary operator, with the reflected <c>__radd__</c> forms.</summary>
    Arithmetic = 16,
    /// <summary><c>__iadd__</c> and the other in-place operators.</summary>
    InPlace = 32,
    /// <summary><c>__neg__</c>, <c>__pos__</c>, <c>__invert__</c>.</summary>
    Unary = 64,
    /// <summary><c>__len__</c>.</summary>
    Length = 128,
    /// <summary><c>__getitem__</c>, <c>__setitem__</c>, <c>__delitem__</c>, <c>__contains__</c>.</summary>
    Mapping = 256,
    /// <summary><c>__iter__</c>.</summary>
    Iter = 512,
    /// <summary><c>__next__</c> (the type is a <see cref="PyIterator"/>).</summary>
    Next = 1024,
    /// <summary><c>__call__</c>.</summary>
    Call = 2048,
}
