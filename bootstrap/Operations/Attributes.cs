using System.Runtime.CompilerServices;
using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Operations;

/// <summary>
/// Attribute access and method calls (<c>o.name</c>, <c>o.name(args)</c>). Builtin objects take
/// a short path (own attributes, then the type's methods); instances of classes take the full
/// protocol: <c>__getattribute__</c>, data descriptors, the instance dict, other descriptors,
/// then <c>__getattr__</c>.
/// </summary>
public static class Attributes
{
    public static PyObject GetAttr(PyObject o, string name)
    {
        if (o.Type.IsHeapType)
        {
            try
            {
                return InstanceAttributes.Get(o, name);
            }
            catch (PyException e) when (AddContext(e, o, name))
            {
                throw;
            }
        }
        return TryGetBuiltin(o, name) ?? ModuleGetattr(o, name) ?? throw NoAttribute(o, name);
    }

    /// <summary>
    /// As CPython's PyObject_GetAttr: an AttributeError that Python code raised on the way (a
    /// property, <c>__getattr__</c>) gets the name and object asked for, unless it has either
    /// already. Used as an exception filter, it never catches: it returns false.
    /// </summary>
    internal static bool AddContext(PyException e, PyObject o, string name)
    {
        if (e.Value is PyNamedError error && error.Type.IsSubtypeOf(ExceptionTypes.AttributeError)) error.SetContextIfUnset(name, o);
        return false;
    }

    /// <summary>A module's own <c>__getattr__</c> (PEP 562), asked for names the module does not have.</summary>
    private static PyObject? ModuleGetattr(PyObject o, string name) =>
        o is PyModule m && m.Globals.TryGet("__getattr__") is { } hook ? hook.Call1(new PyStr(name)) : null;

    /// <summary><c>o.name</c> at a site of compiled code: the same result, with the type's part of the lookup cached.</summary>
    public static PyObject GetAttr(PyObject o, AttributeSite site)
    {
        // A plain instance in a layout this site has seen: the value at the cached index, with the
        // instance's type read without a virtual call (PyInstance is sealed). This path makes no
        // call, so it runs without a stack frame; everything else is GetAttrSlow's.
        if (o is PyInstance instance)
        {
            if (IsHit(instance, site, out var hitIndex) && instance.ValueAt(hitIndex) is { } hitValue) return hitValue;
            if (site.Cached(instance.Type) is { } cached)
            {
                if (cached.Path == AttributePath.Instance)
                {
                    if (cached.FoundLayout is { } hit && ReferenceEquals(hit, instance.Shape) && instance.ValueAt(cached.FoundIndex) is { } value) return value;
                }
                else if (cached.Path == AttributePath.Slot && instance.ValueAt(cached.SlotIndex) is { } slotValue)
                {
                    return slotValue;
                }
            }
        }
        // Everything else, class constants included (ClassAttribute reads those from the site's
        // memory first), is GetAttrSlow's: checked here, they made the hit path save registers.
        return GetAttrSlow(o, site);
    }

    /// <summary>
    /// <c>o.name</c> where compiled code keeps only the number (an operand of unboxed arithmetic): as
    /// <see cref="GetAttr(PyObject, AttributeSite)"/>, but a float an instance keeps private
    /// (PyInstance.StoreDouble) is only read, so the next unboxed store may reuse it.
    /// </summary>
    public static Unboxed GetAttrUnboxed(PyObject o, AttributeSite site)
    {
        if (o is PyInstance instance)
        {
            if (IsHit(instance, site, out var hitIndex) && instance.PeekValue(hitIndex) is { } hitValue) return Unboxed.Of(hitValue);
            if (site.Cached(instance.Type) is { } cached)
            {
                if (cached.Path == AttributePath.Instance)
                {
                    if (cached.FoundLayout is { } hit && ReferenceEquals(hit, instance.Shape) && instance.PeekValue(cached.FoundIndex) is { } value) return Unboxed.Of(value);
                }
                else if (cached.Path == AttributePath.Slot && instance.PeekValue(cached.SlotIndex) is { } slotValue)
                {
                    return Unboxed.Of(slotValue);
                }
            }
        }
        return Unboxed.Of(GetAttrSlow(o, site));
    }

    /// <summary>Whether <paramref name="instance"/> is of the type and shape the site remembered (AttributeSite.RememberHit), with the type unchanged since.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsHit(PyInstance instance, AttributeSite site, out int index)
    {
        var type = instance.Type;
        var tagIndex = site.HitTagIndex;
        index = (int)tagIndex;
        return ReferenceEquals(type, site.HitType) && ReferenceEquals(instance.Shape, site.HitShape) && type.VersionTag == (int)(tagIndex >> 32);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static PyObject GetAttrSlow(PyObject o, AttributeSite site)
    {
        if (o is PyType cls) return ClassAttribute(cls, site);
        if (o is PyModule module) return ModuleAttribute(module, site);
        var type = o.Type;
        try
        {
            return GetAttr(o, site, type, site.For(type));
        }
        catch (PyException e) when (AddContext(e, o, site.Name))
        {
            throw;
        }
    }

    /// <summary>
    /// <c>C.name</c> at a site: a class constant (<c>Color.RED</c>, <c>Strength.REQUIRED</c>) is read
    /// from the site's memory of the last class while that class's tag (its MRO's dicts) and its
    /// metaclass's are the same;
    /// anything else takes the full protocol.
    /// </summary>
    private static PyObject ClassAttribute(PyType cls, AttributeSite site)
    {
        if (site.ClassHit is { } hit && hit.IsValidFor(cls)) return hit.ValueFor(cls);
        if (site.OlderClassHit(cls) is { } older) return older.ValueFor(cls);
        var type = cls.Type;
        var value = GetAttr(cls, site, type, site.For(type));
        site.RememberClassHit(cls, ClassAttributeHit.For(cls, site.Name, value));
        return value;
    }

    /// <summary>
    /// <c>m.name</c> at a site: a module's own global, read from the cell the site found last. Only
    /// non-dunder names: the module type has none of those, so the global is what the protocol finds.
    /// </summary>
    private static PyObject ModuleAttribute(PyModule module, AttributeSite site)
    {
        if (site.ModuleCell is { } cell && ReferenceEquals(cell.Owner, module.Globals) && cell.Value is { } value) return value;
        var type = module.Type;
        var result = GetAttr(module, site, type, site.For(type));
        if (!(site.Name.StartsWith("__", StringComparison.Ordinal) && site.Name.EndsWith("__", StringComparison.Ordinal))
            && module.Globals.ExistingCell(site.Name) is { } found && ReferenceEquals(found.Value, result))
        {
            site.ModuleCell = found;
        }
        return result;
    }

    private static PyObject GetAttr(PyObject o, AttributeSite site, PyType type, AttributeCacheEntry cached)
    {
        switch (cached.Path)
        {
            case AttributePath.Instance:
                if (OwnAttribute(o, site, cached) is { } own) return own;
                if (cached.Found is { } found) return BindDescriptor(found, o, type);
                break;
            case AttributePath.Slot:
                if (o is PyInstance slotted && slotted.ValueAt(cached.SlotIndex) is { } slotValue)
                {
                    site.RememberHit(cached, slotted.Shape, cached.SlotIndex);
                    return slotValue;
                }
                break;
            case AttributePath.DataDescriptor:
                return BindDescriptor(cached.Found!, o, type);
            case AttributePath.InstanceDescriptor:
                if (InstanceDescriptor(o, site, type, cached) is { } described) return described;
                break;
            case AttributePath.Builtin:
                if (o.GetOwnAttribute(site.Name) is { } builtinOwn) return builtinOwn;
                // x.__class__ of a builtin object is its type, as TryGetBuiltin answers.
                if (cached.Found is { } method) return site.Name != "__class__" ? BindDescriptor(method, o, type) : type;
                break;
        }
        return GetAttr(o, site.Name);
    }

    /// <summary>
    /// <c>o.name</c> where the class has an instance of a class under the name (enum's property, a
    /// cached_property, a constant object): object.__getattribute__'s order with the facts the site
    /// cached about that instance's class, or null when they no longer hold (the full protocol then).
    /// A data descriptor's __get__ comes before the instance's own attribute, which comes before any
    /// other __get__ or the instance itself.
    /// </summary>
    private static PyObject? InstanceDescriptor(PyObject o, AttributeSite site, PyType type, AttributeCacheEntry cached)
    {
        if (!cached.DescriptorHolds()) return null;
        var descriptor = cached.Found!;
        var get = cached.DescriptorGet;
        if (cached.DescriptorIsData && get is not null) return SpecialMethods.Call2(descriptor, get, o, type);
        if (OwnAttribute(o, site, cached) is { } own) return own;
        return get is not null ? SpecialMethods.Call2(descriptor, get, o, type) : descriptor;
    }

    /// <summary><c>o.name = value</c> at a site of compiled code.</summary>
    public static void SetAttr(PyObject o, AttributeSite site, PyObject value)
    {
        // As GetAttr: a plain instance's known layout stores without a call; the rest is SetAttrSlow's.
        if (o is PyInstance instance)
        {
            if (IsHit(instance, site, out var hitIndex))
            {
                // A null value is a deleted attribute (or an empty slot): the paths below know what to do.
                ref var hitSlot = ref instance.ValueAt(hitIndex);
                if (hitSlot is not null)
                {
                    hitSlot = value;
                    return;
                }
            }
            if (site.Cached(instance.Type) is { } cached)
            {
                if (cached.PlainSet)
                {
                    // A null value is a deleted attribute: setting it again is SetAttrSlow's (it goes last in __dict__).
                    var shape = instance.Shape;
                    if (cached.FoundLayout is { } hit && ReferenceEquals(hit, shape))
                    {
                        ref var slot = ref instance.ValueAt(cached.FoundIndex);
                        if (slot is not null)
                        {
                            slot = value;
                            return;
                        }
                    }
                    else if (shape is not null && ReferenceEquals(cached.GrownFrom, shape))
                    {
                        // A new instance given its attributes in the order this site saw before (an __init__).
                        instance.AppendToLayout(cached.GrownTo!, value);
                        return;
                    }
                }
                else if (cached.SlotSet)
                {
                    instance.ValueAt(cached.SlotIndex) = value;
                    return;
                }
            }
        }
        SetAttrSlow(o, site, value);
    }

    /// <summary>
    /// <c>o.name = number</c> where compiled code holds the number unboxed: a float stored into a
    /// plain instance's known layout or slot goes into the float the instance keeps private there
    /// (PyInstance.StoreDouble), without a new object per store; anything else is boxed and stored
    /// as <see cref="SetAttr(PyObject, AttributeSite, PyObject)"/> does.
    /// </summary>
    public static void SetAttrUnboxed(PyObject o, AttributeSite site, in Unboxed value)
    {
        if (value.TryFloat(out var d) && o is PyInstance instance)
        {
            if (IsHit(instance, site, out var hitIndex) && instance.PeekValue(hitIndex) is not null)
            {
                instance.StoreDouble(hitIndex, d);
                return;
            }
            if (site.Cached(instance.Type) is { } cached)
            {
                if (cached.PlainSet)
                {
                    var shape = instance.Shape;
                    if (cached.FoundLayout is { } hit && ReferenceEquals(hit, shape))
                    {
                        // A null value is a deleted attribute: setting it again is SetAttrSlow's (it goes last in __dict__).
                        if (instance.PeekValue(cached.FoundIndex) is not null)
                        {
                            instance.StoreDouble(cached.FoundIndex, d);
                            return;
                        }
                    }
                    else if (shape is not null && ReferenceEquals(cached.GrownFrom, shape))
                    {
                        instance.AppendDouble(cached.GrownTo!, d);
                        return;
                    }
                }
                else if (cached.SlotSet)
                {
                    instance.StoreDouble(cached.SlotIndex, d);
                    return;
                }
            }
        }
        // An int (s.value += 1) or an object: boxed, then the boxed store's fast path (a known
        // layout or slot) before the slow one, which looks the site up again.
        SetAttr(o, site, value.Box());
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void SetAttrSlow(PyObject o, AttributeSite site, PyObject value)
    {
        if (o is PyInstance instance)
        {
            var cached = site.For(instance.Type);
            if (cached.PlainSet)
            {
                if (instance.Layout is { } layout)
                {
                    if (ReferenceEquals(cached.FoundLayout, layout))
                    {
                        site.RememberHit(cached, layout, cached.FoundIndex);
                        instance.SetLayoutValue(layout, cached.FoundIndex - instance.StorageIndex(0), value);
                        return;
                    }
                    if (ReferenceEquals(cached.GrownFrom, layout))
                    {
                        instance.AppendToLayout(cached.GrownTo!, value);
                        return;
                    }
                    var index = layout.IndexOf(site.Name);
                    if (index >= 0)
                    {
                        cached.FoundIndex = instance.StorageIndex(index);
                        cached.FoundLayout = layout;
                        site.RememberHit(cached, layout, cached.FoundIndex);
                        instance.SetLayoutValue(layout, index, value);
                        return;
                    }
                    if (layout.Add(site.Name) is { } next)
                    {
                        cached.GrownTo = next;
                        cached.GrownFrom = layout;
                        instance.AppendToLayout(next, value);
                        return;
                    }
                }
                else if (instance.DictIfAny is { } dict)
                {
                    dict.SetStr(site.Name, site.Hash, value, ref site.DictHint, site.Key);
                    return;
                }
            }
            else if (cached.SlotSet)
            {
                site.RememberHit(cached, instance.Shape, cached.SlotIndex);
                instance.ValueAt(cached.SlotIndex) = value;
                return;
            }
        }
        else if (o is PyBaseException exception && site.For(exception.Type) is { PlainSet: true } entry)
        {
            // An exception class's own attributes (self.field = ... in __init__): by the layout index or
            // step this site remembers for the class, else its layout or dict, remembering the step.
            if (!exception.TryStoreCached(entry, value)) exception.SetOwnAttribute(site, value, entry);
            return;
        }
        SetAttr(o, site.Name, value);
    }

    /// <summary>The object's own attribute (its layout's value or dict entry for a plain instance), null when absent.</summary>
    private static PyObject? OwnAttribute(PyObject o, AttributeSite site, AttributeCacheEntry cached)
    {
        if (o is not PyInstance instance)
        {
            if (o is PyBaseException exception) return exception.CachedValue(cached) ?? exception.GetOwnAttribute(site, cached);
            // An instance of a builtin's subclass (an IntEnum member's _value_, a str subclass's
            // attribute): its dict read with the site's hash and entry hint, as a plain instance's,
            // instead of hashing the name on each read.
            if (BuiltinSubclass.OwnDict(o, out var dict)) return dict?.TryGetStr(site.Name, site.Hash, ref site.DictHint);
            return o.GetOwnAttribute(site.Name);
        }
        if (instance.Layout is { } layout)
        {
            if (ReferenceEquals(cached.FoundLayout, layout))
            {
                site.RememberHit(cached, layout, cached.FoundIndex);
                return instance.ValueAt(cached.FoundIndex);
            }
            // A layout never gains names, so one without this name stays without it (method calls ask this every time).
            if (ReferenceEquals(cached.LayoutAbsent, layout)) return null;
            var index = layout.IndexOf(site.Name);
            if (index < 0)
            {
                cached.LayoutAbsent = layout;
                return null;
            }
            index = instance.StorageIndex(index);
            cached.FoundIndex = index;
            cached.FoundLayout = layout;
            site.RememberHit(cached, layout, index);
            return instance.ValueAt(index);
        }
        return instance.DictIfAny?.TryGetStr(site.Name, site.Hash, ref site.DictHint);
    }

    /// <summary><c>o.name</c>, or null when it raises AttributeError.</summary>
    public static PyObject? TryGetAttr(PyObject o, string name)
    {
        if (o is PyModule)
        {
            try
            {
                return TryGetBuiltin(o, name) ?? ModuleGetattr(o, name);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
            {
                return null;
            }
        }
        var type = o.Type;
        if (!type.IsHeapType) return TryGetBuiltin(o, name);
        try
        {
            // Without __getattr__ or a custom __getattribute__ an absent name is a null, not a
            // raised and caught AttributeError (which costs microseconds).
            return InstanceAttributes.HasPlainGetAttribute(type) ? InstanceAttributes.Generic(o, name) : InstanceAttributes.Get(o, name);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
            return null;
        }
    }

    /// <summary><c>o.name</c> at a site (getattr with a default, hasattr), or null when it raises AttributeError.</summary>
    public static PyObject? TryGetAttr(PyObject o, AttributeSite site)
    {
        if (o is PyType) return TryGetAttr(o, site.Name);
        var type = o.Type;
        var cached = site.For(type);
        try
        {
            // The paths of GetAttr(o, site, type, cached); what they leave open takes the full protocol.
            switch (cached.Path)
            {
                case AttributePath.Instance:
                    if (OwnAttribute(o, site, cached) is { } own) return own;
                    if (cached.Found is { } found) return BindDescriptor(found, o, type);
                    // Plain __getattribute__, no __getattr__: absent, but for the two names object.__getattribute__ makes up.
                    if (site.Name is not ("__class__" or "__dict__")) return null;
                    break;
                case AttributePath.Slot:
                    if (o is PyInstance slotted && slotted.ValueAt(cached.SlotIndex) is { } slotValue) return slotValue;
                    break;
                case AttributePath.DataDescriptor:
                    return BindDescriptor(cached.Found!, o, type);
                case AttributePath.InstanceDescriptor:
                    if (InstanceDescriptor(o, site, type, cached) is { } described) return described;
                    break;
                case AttributePath.Builtin:
                    if (o.GetOwnAttribute(site.Name) is { } builtinOwn) return builtinOwn;
                    if (cached.Found is { } method && site.Name != "__class__") return BindDescriptor(method, o, type);
                    break;
            }
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError))
        {
            return null;
        }
        return TryGetAttr(o, site.Name);
    }

    private static PyObject? TryGetBuiltin(PyObject o, string name)
    {
        var own = o.GetOwnAttribute(name);
        if (own is not null) return own;
        if (name == "__class__") return o.Type;
        var found = o.Type.Lookup(name);
        if (found is null && o is PyIterator) return IteratorMethod(name)?.Bind(o);
        return found is null ? null : BindDescriptor(found, o, o.Type);
    }

    private static readonly PyBuiltinMethod s_iteratorNext = new(PyType.ObjectType, "__next__", static self =>
        ((PyIterator)self).Next() ?? throw Exceptions.ExceptionTypes.FactoryOf(Exceptions.ExceptionTypes.StopIteration)(Exceptions.ExceptionTypes.StopIteration, PyTuple.Empty).ToException());

    private static readonly PyBuiltinMethod s_iteratorIter = new(PyType.ObjectType, "__iter__", static self => self);

    /// <summary><c>__next__</c> and <c>__iter__</c> of the runtime's iterator types (enumerate, zip, map...), which all share the protocol.</summary>
    private static PyBuiltinMethod? IteratorMethod(string name) => name switch
    {
        "__next__" => s_iteratorNext,
        "__iter__" => s_iteratorIter,
        _ => null,
    };

    /// <summary>What a value found on <paramref name="type"/> becomes when reached from <paramref name="instance"/>.</summary>
    public static PyObject BindDescriptor(PyObject found, PyObject instance, PyType type) => found switch
    {
        PyFunction f => new PyBoundMethod(f, instance),
        PyBuiltinMethod m => m.Bind(instance),
        PyGetSetDescriptor d => d.Get(instance),
        PyClassMethod cm => new PyBoundMethod(cm.Function, type),
        PyStaticMethod sm => sm.Function,
        PyProperty p => p.GetValue(instance),
        PySlotDescriptor s => s.GetValue(instance),
        PyTupleGetter g => g.GetValue(instance),
        IBindsLikeFunction => new PyBoundMethod(found, instance),
        PyInstance d when d.Type.Lookup("__get__") is { } get => SpecialMethods.Call2(d, get, instance, type),
        _ => found,
    };

    public static void SetAttr(PyObject o, string name, PyObject value)
    {
        if (o is PyType t)
        {
            // A metaclass's own __setattr__ (Enum's refuses to rebind members).
            if (t.Type.IsHeapType && t.Type.Lookup("__setattr__") is PyFunction hook)
            {
                SpecialMethods.Call2(t, hook, new PyStr(name), value);
                return;
            }
            TypeAttributes.Set(t, name, value);
            return;
        }
        if (o.Type.IsHeapType)
        {
            InstanceAttributes.Set(o, name, value);
            return;
        }
        if (!o.SetOwnAttribute(name, value))
        {
            if (o.Type.Lookup(name) is PyGetSetDescriptor d)
            {
                throw Errors.AttributeError($"attribute '{name}' of '{d.Owner.TpName}' objects is not writable");
            }
            throw o.Type.Lookup(name) is null
                ? Errors.AttributeError($"'{o.Type.TpName}' object has no attribute '{name}'")
                : Errors.AttributeError($"'{o.Type.TpName}' object attribute '{name}' is read-only");
        }
    }

    public static void DelAttr(PyObject o, string name)
    {
        if (o is PyType t)
        {
            if (t.Type.IsHeapType && t.Type.Lookup("__delattr__") is PyFunction hook)
            {
                SpecialMethods.Call1(t, hook, new PyStr(name));
                return;
            }
            TypeAttributes.Delete(t, name);
            return;
        }
        if (o.Type.IsHeapType)
        {
            InstanceAttributes.Delete(o, name);
            return;
        }
        if (o.DelOwnAttribute(name)) return;
        if (o.Type.Lookup(name) is PyGetSetDescriptor d)
        {
            throw Errors.AttributeError($"attribute '{name}' of '{d.Owner.TpName}' objects is not writable");
        }
        throw NoAttribute(o, name);
    }

    /// <summary>
    /// <c>o.name</c> for a statement that takes a pending exception (see PendingException): an absent
    /// name that no Python code looked for (plain <c>__getattribute__</c>, no <c>__getattr__</c>, or
    /// a builtin object) returns null with the AttributeError pending instead of thrown.
    /// </summary>
    public static PyObject? GetAttrOrPending(PyObject o, AttributeSite site)
    {
        // GetAttr's path without a call first: a plain instance in a layout this site has seen.
        if (o is PyInstance instance && site.Cached(instance.Type) is { Path: AttributePath.Instance, FoundLayout: { } hit } known
            && ReferenceEquals(hit, instance.Shape) && instance.ValueAt(known.FoundIndex) is { } value)
        {
            return value;
        }
        if (o is PyType or PyModule) return GetAttr(o, site);
        var type = o.Type;
        var cached = site.For(type);
        switch (cached.Path)
        {
            case AttributePath.Instance:
                if (OwnAttribute(o, site, cached) is { } own) return own;
                if (cached.Found is { } found) return BindDescriptor(found, o, type);
                // The two names object.__getattribute__ makes up go the full way.
                if (type.IsHeapType && site.Name is not ("__class__" or "__dict__")) return PendingException.Set(NoAttribute(o, site.Name));
                break;
            case AttributePath.Builtin when !type.IsHeapType:
                return TryGetBuiltin(o, site.Name) ?? PendingException.Set(NoAttribute(o, site.Name));
        }
        try
        {
            return GetAttr(o, site, type, cached);
        }
        catch (PyException e) when (AddContext(e, o, site.Name))
        {
            throw;
        }
    }

    /// <summary>AttributeError for <c>o.name</c>, with <c>name</c> and <c>obj</c> set as CPython sets them (the traceback's "Did you mean" reads them).</summary>
    public static PyException NoAttribute(PyObject o, string name)
    {
        var e = NoAttributeMessage(o, name);
        e.Value.SetOwnAttribute("name", new PyStr(name));
        e.Value.SetOwnAttribute("obj", o);
        return e;
    }

    private static PyException NoAttributeMessage(PyObject o, string name) => o switch
    {
        PyModule { IsInitializing: true } m => Errors.AttributeError($"partially initialized module '{m.Name}' has no attribute '{name}' (most likely due to a circular import)"),
        PyModule m when Hosting.Interpreter.Current.Modules.TryGetValue(m.Name + "." + name, out var sub) && sub.IsInitializing =>
            Errors.AttributeError($"cannot access submodule '{name}' of module '{m.Name}' (most likely due to a circular import)"),
        PyModule m => Errors.AttributeError($"module '{m.Name}' has no attribute '{name}'"),
        // type's getset for it raises with the bare name when the class has none of its own
        PyType when name == "__abstractmethods__" => Errors.AttributeError(name),
        PyType t => Errors.AttributeError($"type object '{t.TpName}' has no attribute '{name}'"),
        _ => Errors.AttributeError($"'{o.Type.TpName}' object has no attribute '{name}'"),
    };

    /// <summary>
    /// The method <paramref name="name"/> of an instance when calling it needs no bound-method
    /// object: a function or builtin method on the type, not shadowed by the instance.
    /// </summary>
    private static PyObject? PlainMethod(PyObject o, string name)
    {
        var type = o.Type;
        if (type.IsHeapType)
        {
            if (!InstanceAttributes.HasPlainGetAttribute(type)) return null;
            var f = type.Lookup(name);
            return f is PyFunction or PyBuiltinMethod && o.GetOwnAttribute(name) is null ? f : null;
        }
        return o is not PyType && type.Lookup(name) is PyBuiltinMethod m && o.GetOwnAttribute(name) is null ? m : null;
    }

    /// <summary><see cref="PlainMethod(PyObject, string)"/> with the type's part cached at the call site.</summary>
    private static PyObject? PlainMethod(PyObject o, AttributeSite site, AttributeCacheEntry cached)
    {
        var plain = cached.Path switch
        {
            AttributePath.Instance => cached.Found is PyFunction or PyBuiltinMethod,
            // super() finds its own attributes: asking it twice would look up the MRO (and run a property) twice.
            AttributePath.Builtin => cached.Found is PyBuiltinMethod && o is not (PyType or PySuper),
            _ => false,
        };
        return plain && OwnAttribute(o, site, cached) is null ? cached.Found : null;
    }

    /// <summary>
    /// The function a call <c>instance.name(...)</c> runs when this site already knows the answer:
    /// the class's function (object's __getattribute__, no __getattr__, cached for the type's
    /// current version) and an instance layout this site saw without the name. Null sends the
    /// call the general way, which also teaches the site the layout.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static PyFunction? InstanceMethod(PyInstance instance, AttributeSite site)
    {
        var cached = site.For(instance.Type);
        return cached.InstanceFunction is { } f
            && (instance.Shape is { } shape ? ReferenceEquals(cached.LayoutAbsent, shape) : !instance.Type.HasInstanceDict) ? f : null;
    }

    /// <summary>
    /// Whether a call <c>o.name(...)</c> at <paramref name="site"/> runs <paramref name="function"/>
    /// with <c>o</c> first, as <see cref="InstanceMethod"/> knows it: compiled code then calls the
    /// function's C# method itself (no bound method, no delegate). False sends the call the general
    /// way, which also teaches the site.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsInstanceFunction(PyObject o, AttributeSite site, PyFunction? function) =>
        o is PyInstance instance && site.Cached(instance.Type) is { InstanceFunction: { } f } cached && ReferenceEquals(f, function)
        // An instance without a dict (only __slots__) has nothing that could shadow the function.
        && (instance.Shape is { } shape ? ReferenceEquals(cached.LayoutAbsent, shape) : !instance.Type.HasInstanceDict);

    /// <summary>
    /// The class function a call <c>o.name(...)</c> at <paramref name="site"/> runs with <c>o</c>
    /// first, as <see cref="IsInstanceFunction"/> knows it, or null: compiled code compares it with
    /// each def of that name it can call directly (a polymorphic site: <c>node.eval(env)</c>).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static PyFunction? InstanceFunctionOf(PyObject o, AttributeSite site) =>
        o is PyInstance instance && site.Cached(instance.Type) is { InstanceFunction: { } f } cached
        && (instance.Shape is { } shape ? ReferenceEquals(cached.LayoutAbsent, shape) : !instance.Type.HasInstanceDict) ? f : null;

    /// <summary>
    /// The function or builtin method a call <c>super().name(...)</c> runs with the instance first,
    /// from the site's memory of the MRO search while the start class's tag holds (any change to a
    /// class of that MRO changes it); null for what takes the general way (a class as the object,
    /// other descriptors, the names super answers itself).
    /// </summary>
    private static PyObject? SuperMethod(PySuper sup, AttributeSite site)
    {
        var start = sup.StartType;
        if (ReferenceEquals(sup.Object, start)) return null;
        return SuperMethod(start, sup.ThisType, site);
    }

    // SuperMethod for an instance whose class is start: from the site's memory, else the MRO search.
    private static PyObject? SuperMethod(PyType start, PyType thisType, AttributeSite site)
    {
        if (PySuper.IsOwnName(site.Name)) return null;
        var tag = start.VersionTag;
        PyObject? found;
        if (site.LastSuper is { } hit && ReferenceEquals(hit.Start, start) && ReferenceEquals(hit.This, thisType) && hit.Tag == tag)
        {
            found = hit.Found;
        }
        else
        {
            found = PySuper.FindInMro(start, thisType, site.Name);
            site.LastSuper = new SuperHit(start, thisType, tag, found);
        }
        return found is PyFunction or PyBuiltinMethod ? found : null;
    }

    // super().name(...) in a method, as compiled: thisClass is PySuper.ZeroArgumentClass's (checked, so
    // self is an instance or subclass of it). For an instance, the method super() would find runs
    // with self first, without the super object or a bound method; anything else (self a class,
    // a name super answers itself, another descriptor) makes the super object and takes CallMethod's way.
    public static PyObject CallSuperMethod0(PyObject thisClass, PyObject self, AttributeSite site) =>
        self is not PyType && SuperMethod(self.Type, Unsafe.As<PyType>(thisClass), site) is { } sm
            ? SpecialMethods.Call0(self, sm)
            : CallMethod0(new PySuper(Unsafe.As<PyType>(thisClass), self), site);

    public static PyObject CallSuperMethod1(PyObject thisClass, PyObject self, AttributeSite site, PyObject a) =>
        self is not PyType && SuperMethod(self.Type, Unsafe.As<PyType>(thisClass), site) is { } sm
            ? SpecialMethods.Call1(self, sm, a)
            : CallMethod1(new PySuper(Unsafe.As<PyType>(thisClass), self), site, a);

    public static PyObject CallSuperMethod2(PyObject thisClass, PyObject self, AttributeSite site, PyObject a, PyObject b) =>
        self is not PyType && SuperMethod(self.Type, Unsafe.As<PyType>(thisClass), site) is { } sm
            ? SpecialMethods.Call2(self, sm, a, b)
            : CallMethod2(new PySuper(Unsafe.As<PyType>(thisClass), self), site, a, b);

    /// <summary>
    /// The function a call <c>C.name(...)</c> runs with <c>C</c> first, when this site last read
    /// <c>C.name</c> as a classmethod of a function and neither C (its MRO's dicts) nor its metaclass
    /// changed since (<see cref="ClassAttributeHit.For"/>): no lookup and no bound method per call.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static PyFunction? ClassMethodOf(PyType cls, AttributeSite site) =>
        site.ClassHit is { ClassMethod: { } function } hit && ReferenceEquals(hit.Class, cls)
        && hit.Tag == cls.VersionTag && hit.MetaTag == cls.MetatypeVersionTag ? function
        : site.OlderClassHit(cls)?.ClassMethod;

    // Straight from the site's cache entry: an instance's class function (when the instance's
    // layout is known not to shadow it), or a builtin method of a builtin object's own type
    // (str.strip, dict.get, list.append...: no instance attributes to ask, no subclass).
    public static PyObject CallMethod0(PyObject o, AttributeSite site)
    {
        if (o is PySuper sup && SuperMethod(sup, site) is { } sm) return SpecialMethods.Call0(sup.Object, sm);
        if (o is PyInstance instance && InstanceMethod(instance, site) is { } f) return f.Call1(o);
        if (o is PyType cls && ClassMethodOf(cls, site) is { } cm) return cm.Call1(cls);
        var cached = site.For(o.Type);
        if (cached.Direct is { } direct) return direct.InvokeExact0(o);
        return PlainMethod(o, site, cached) is { } m ? SpecialMethods.Call0(o, m) : MethodLookup(o, site).Call0();
    }

    /// <summary>
    /// <c>iter(o.name())</c> where only a loop sees the result (<c>for w in line.split():</c>):
    /// a builtin method that can give its result's items one at a time does so.
    /// </summary>
    public static PyIterator IterMethod0(PyObject o, AttributeSite site)
    {
        var untracked = 0;
        return IterMethod0(o, site, ref untracked, 0);
    }

    /// <summary><see cref="IterMethod0"/> for a call with one argument (<c>for line in text.split("\n"):</c>).</summary>
    public static PyIterator IterMethod1(PyObject o, AttributeSite site, PyObject a)
    {
        var untracked = 0;
        return IterMethod1(o, site, a, ref untracked, 0);
    }

    /// <summary>
    /// The same where places are tracked: the call runs at its own position (stored by the caller)
    /// and the iterator is taken at <paramref name="iterPlace"/> (the loop's or the comprehension's),
    /// where CPython reports a result that is not iterable.
    /// </summary>
    public static PyIterator IterMethod0(PyObject o, AttributeSite site, ref int place, int iterPlace)
    {
        if (site.For(o.Type).Direct is { LazyItems0: { } items })
        {
            var lazy = items(o);
            place = iterPlace;
            return lazy;
        }
        var result = CallMethod0(o, site);
        place = iterPlace;
        return Iteration.GetIter(result);
    }

    /// <summary><see cref="IterMethod0(PyObject, AttributeSite, ref int, int)"/> for a call with one argument.</summary>
    public static PyIterator IterMethod1(PyObject o, AttributeSite site, PyObject a, ref int place, int iterPlace)
    {
        var result = site.For(o.Type).Direct is { LazyItems1: { } items } && items(o, a) is { } lazy ? lazy : CallMethod1(o, site, a);
        place = iterPlace;
        return result as PyIterator ?? Iteration.GetIter(result);
    }

    /// <summary>
    /// <c>Unpacking.Unpack(o.name(a), into.Length)</c> where only the unpacking sees the result
    /// (<c>head, _, tail = line.partition(": ")</c>): a builtin method that can write its items
    /// straight into <paramref name="into"/> (the statement's own array, reused each time it runs)
    /// makes no tuple or list. The items are read from the returned array.
    /// </summary>
    public static PyObject[] UnpackMethod1(PyObject o, AttributeSite site, PyObject a, PyObject[] into)
    {
        if (site.For(o.Type).Direct is { UnpackItems1: { } unpack })
        {
            var got = unpack(o, a, into);
            if (got == into.Length) return into;
            if (got >= 0) throw Unpacking.CountError(into.Length, got);
        }
        return Unpacking.Unpack(CallMethod1(o, site, a), into);
    }

    /// <summary>
    /// The same, where the frame's place (the call's position, stored by the caller) moves to the
    /// unpacking's position before a count error, as CPython reports the two at their own spans.
    /// </summary>
    public static PyObject[] UnpackMethod1(PyObject o, AttributeSite site, PyObject a, PyObject[] into, ref int place, int unpackPlace)
    {
        if (site.For(o.Type).Direct is { UnpackItems1: { } unpack })
        {
            var got = unpack(o, a, into);
            if (got == into.Length) return into;
            place = unpackPlace;
            if (got >= 0) throw Unpacking.CountError(into.Length, got);
        }
        var result = CallMethod1(o, site, a);
        place = unpackPlace;
        return Unpacking.Unpack(result, into);
    }

    public static PyObject CallMethod1(PyObject o, AttributeSite site, PyObject a)
    {
        if (o is PySuper sup && SuperMethod(sup, site) is { } sm) return SpecialMethods.Call1(sup.Object, sm, a);
        if (o is PyInstance instance && InstanceMethod(instance, site) is { } f) return f.Call2(o, a);
        if (o is PyType cls && ClassMethodOf(cls, site) is { } cm) return cm.Call2(cls, a);
        var cached = site.For(o.Type);
        if (cached.Direct is { } direct) return direct.InvokeExact1(o, a);
        return PlainMethod(o, site, cached) is { } m ? SpecialMethods.Call1(o, m, a) : MethodLookup(o, site).Call1(a);
    }

    public static PyObject CallMethod2(PyObject o, AttributeSite site, PyObject a, PyObject b)
    {
        if (o is PySuper sup && SuperMethod(sup, site) is { } sm) return SpecialMethods.Call2(sup.Object, sm, a, b);
        if (o is PyInstance instance && InstanceMethod(instance, site) is { } f) return f.Call3(o, a, b);
        if (o is PyType cls && ClassMethodOf(cls, site) is { } cm) return cm.Call3(cls, a, b);
        var cached = site.For(o.Type);
        if (cached.Direct is { } direct) return direct.InvokeExact2(o, a, b);
        return PlainMethod(o, site, cached) is { } m ? SpecialMethods.Call2(o, m, a, b) : MethodLookup(o, site).Call2(a, b);
    }

    public static PyObject CallMethod(PyObject o, AttributeSite site, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (o is PySuper sup && SuperMethod(sup, site) is { } sm) return SpecialMethods.Call(sup.Object, sm, args, kwnames);
        if (o is PyInstance instance && InstanceMethod(instance, site) is { } f) return f.CallWithSelf(o, args, kwnames);
        if (o is PyType cls && ClassMethodOf(cls, site) is { } cm) return cm.CallWithSelf(cls, args, kwnames);
        return PlainMethod(o, site, site.For(o.Type)) is { } m ? SpecialMethods.Call(o, m, args, kwnames) : MethodLookup(o, site).Call(args, kwnames);
    }

    // The general lookup of a method call: an error raised in it is reported at the attribute.
    private static PyObject MethodLookup(PyObject o, AttributeSite site)
    {
        try
        {
            return GetAttr(o, site);
        }
        catch (PyException e) when (e.MarkMethodLookup())
        {
            throw;
        }
    }

    /// <summary><c>o.name()</c> without making a bound method when the type defines it.</summary>
    public static PyObject CallMethod0(PyObject o, string name) =>
        PlainMethod(o, name) is { } m ? SpecialMethods.Call0(o, m) : GetAttr(o, name).Call0();

    public static PyObject CallMethod1(PyObject o, string name, PyObject a) =>
        PlainMethod(o, name) is { } m ? SpecialMethods.Call1(o, m, a) : GetAttr(o, name).Call1(a);

    public static PyObject CallMethod2(PyObject o, string name, PyObject a, PyObject b) =>
        PlainMethod(o, name) is { } m ? SpecialMethods.Call2(o, m, a, b) : GetAttr(o, name).Call2(a, b);

    public static PyObject CallMethod(PyObject o, string name, ReadOnlySpan<PyObject> args, string[]? kwnames) =>
        PlainMethod(o, name) is { } m ? SpecialMethods.Call(o, m, args, kwnames) : GetAttr(o, name).Call(args, kwnames);
}
