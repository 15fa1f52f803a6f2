using PyPack.Runtime.Builtins;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// Calls written as <c>globals()</c>, <c>locals()</c>, <c>vars()</c> or <c>dir()</c>: the compiler
/// passes the namespace of the place of the call (CPython reads it from the frame). If the name no
/// longer means the builtin (rebound by the program), whatever it means is called instead.
/// </summary>
public static class CallerNamespace
{
    /// <summary><c>globals()</c>, <c>locals()</c> or <c>vars()</c> (all give the namespace) and <c>dir()</c> (its sorted keys).</summary>
    public static PyObject Call(PyObject callee, PyObject builtin, PyObject ns)
    {
        if (!ReferenceEquals(callee, builtin)) return callee.Call0();
        return ReferenceEquals(builtin, BuiltinsModule.DirFunction) ? BuiltinsModule.DirOfNamespace(ns) : ns;
    }

    /// <summary>
    /// A function's <c>locals()</c>: one dict per call of the function (CPython's frame dict),
    /// brought up to date with its variables each time it is asked for; unbound ones are left out.
    /// </summary>
    public static PyDict Refresh(PyDict frame, string[] names, PyObject?[] values)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (values[i] is { } v) frame.SetStr(names[i], v);
            else frame.RemoveStr(names[i]);
        }
        return frame;
    }
}
