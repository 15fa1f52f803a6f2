namespace PyPack.Runtime.Objects;

/// <summary>Instance layout of a heap type: a dict unless every class declares <c>__slots__</c>, and the slot count.</summary>
public sealed partial class PyType
{
    /// <summary>Whether instances carry a <c>__dict__</c>.</summary>
    public bool HasInstanceDict { get; internal set; } = true;

    /// <summary>How many <c>__slots__</c> values instances hold (this class's and its bases').</summary>
    public int SlotCount { get; internal set; }
}
