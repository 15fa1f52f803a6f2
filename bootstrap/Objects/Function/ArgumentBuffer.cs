using System.Runtime.CompilerServices;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Room on the stack for the arguments of a call to a function of up to <see cref="Size"/>
/// parameters: defaults filled in, keywords placed or self prepended without an array.
/// </summary>
[InlineArray(Size)]
internal struct ArgumentBuffer
{
    public const int Size = 12;

    private PyObject? _first;
}
