using System.Runtime.CompilerServices;

namespace PyPack.Runtime.Objects;

// The inline item storage of PyTupleInline, one struct per length up to PyTuple.MaxInline.
#pragma warning disable CS0169, IDE0044, IDE0051 // the element field is only reached through the inline array
[InlineArray(1)] internal struct TupleStorage1 { private PyObject _item; }
[InlineArray(2)] internal struct TupleStorage2 { private PyObject _item; }
[InlineArray(3)] internal struct TupleStorage3 { private PyObject _item; }
[InlineArray(4)] internal struct TupleStorage4 { private PyObject _item; }
[InlineArray(5)] internal struct TupleStorage5 { private PyObject _item; }
[InlineArray(6)] internal struct TupleStorage6 { private PyObject _item; }
[InlineArray(7)] internal struct TupleStorage7 { private PyObject _item; }
[InlineArray(8)] internal struct TupleStorage8 { private PyObject _item; }
#pragma warning restore CS0169, IDE0044, IDE0051
