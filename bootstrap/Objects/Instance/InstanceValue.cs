namespace PyPack.Runtime.Objects;

/// <summary>
/// One attribute value of a <see cref="PyInstance"/> past its inline ones. A struct around the
/// reference so the value array is not a <c>PyObject[]</c>: storing into an array of a non-sealed
/// class makes .NET check the element's type on every store (a covariance check that cost about
/// 5% of an attribute-heavy program), a struct field store needs none.
/// </summary>
public struct InstanceValue
{
    public PyObject? Value;
}
