using PyPack.Compiler;
using PyPack.Compiler.Diagnostics;
using PyPack.Compiler.Syntax;

namespace PyPack.Packager.Analysis;

/// <summary>
/// Finds the modules an app needs by following its imports from the entry point, as CPython
/// would find them at run time (see <see cref="ModuleSearchPath"/>): Python modules, packages and
/// namespace packages on the search path, and the runtime's native modules. Each Python module is
/// compiled once (or taken from the cache). Modules that cannot be found are reported with the
/// places that import them; importing them raises ModuleNotFoundError at run time, as in CPython.
/// A module of CPython's standard library that PyPack lacks stops the build where an unguarded
/// import names it, since under CPython that import would succeed.
/// </summary>
public sealed class ModuleFinder(NativeModuleCatalog natives)
{
    private readonly NativeModuleCatalog _natives = natives;

    /// <summary>
    /// Modules CPython has built in (sys.builtin_module_names): found before the search path, so a
    /// sys.py next to the script does not hide sys. Other native modules come after the path.
    /// </summary>
    private static readonly HashSet<string> s_builtinFirst = new(StringComparer.Ordinal)
    {
        "_abc", "_ast", "_codecs", "_collections", "_functools", "_imp", "_io", "_locale", "_operator", "_signal",
        "_sre", "_stat", "_string", "_symtable", "_thread", "_tokenize", "_tracemalloc", "_warnings", "_weakref",
        "atexit", "builtins", "errno", "faulthandler", "gc", "itertools", "marshal", "posix", "pwd", "sys", "time",
    };

    public AppModules Find(string scriptPath) => Find(scriptPath, ModuleFinderOptions.Default);

    public AppModules Find(string scriptPath, ModuleFinderOptions options)
    {
        var entry = EntryPoint.Of(scriptPath);
        var searchPath = ModuleSearchPath.Build(entry.SearchRoot, options.Paths, options.Environment);
        var run = new Run(this, options, searchPath.Folders, entry);
        return run.Execute();
    }

    private sealed class Run(ModuleFinder finder, ModuleFinderOptions options, IReadOnlyList<SourceFolder> path, EntryPoint entry)
    {
        private readonly ModuleGraph _graph = new();
        private readonly Dictionary<string, AnalysedModule> _python = new(StringComparer.Ordinal);
        private readonly List<AnalysedModule> _order = [];
        private readonly List<NativeModule> _native = [];
        private readonly Queue<AnalysedModule> _pending = new();
        private readonly List<string> _warnings = [];
        private readonly List<Diagnostic> _errors = [];
        private readonly Dictionary<string, HashSet<string>> _mentions = new(StringComparer.Ordinal);
        private readonly List<ImportWhenRead> _whenRead = [];
        private readonly CompiledModuleCache? _cache = options.CacheFolder is null ? null : new CompiledModuleCache(options.CacheFolder);

        public AppModules Execute()
        {
            var main = Load("__main__", new FoundModule("__main__", ModuleKind.Module, new DiskFolder(Path.GetDirectoryName(entry.ScriptPath)!),
                Path.GetFileName(entry.ScriptPath), []));
            if (entry.MainPackage is not null) Require(entry.MainPackage, null);
            foreach (var hidden in options.HiddenImports)
            {
                var node = Require(hidden, new ImportReference("--hidden-import", null, hidden, 0, false));
                if (node.Kind is ModuleKind.Missing)
                {
                    throw new Build.BuildFailure($"--hidden-import {hidden}: no module named '{hidden}' on the search path ({string.Join(", ", path)})");
                }
            }
            do
            {
                while (_pending.Count > 0) Follow(_pending.Dequeue());
            }
            while (RequireForReadExports());
            ReportMissing();
            CheckModuleAttributes();
            if (_errors.Count > 0) throw new CompileError(_errors);
            _cache?.Save();

            var packages = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            var namespaces = new List<string>();
            foreach (var m in _order)
            {
                if (m.Found.IsPackage) packages[m.Name] = [.. m.Found.SearchLocations.Select(l => l.Path)];
                if (m.Found.Kind == ModuleKind.NamespacePackage) namespaces.Add(m.Name);
            }
            _native.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            _ = main;
            return new AppModules([.. _order.Where(m => m.Code is not null).Select(m => m.Code!)], _native, _warnings)
            {
                PackagePaths = packages,
                NamespacePackages = namespaces,
                MainPackage = entry.MainPackage,
                Graph = _graph,
            };
        }

        /// <summary>The graph node of <paramref name="name"/>, finding (and compiling) it and its parents on first request.</summary>
        private ModuleGraphNode Require(string name, ImportReference? via)
        {
            if (via is not null) _graph.AddEdge(via with { Imported = name });
            if (_graph.Find(name) is { } known) return known;
            if (IsExcluded(name)) return _graph.Add(name, ModuleKind.Excluded, null);

            var dot = name.LastIndexOf('.');
            IReadOnlyList<SourceFolder> folders = path;
            if (dot > 0)
            {
                var parent = Require(name[..dot], via);
                if (parent.Kind == ModuleKind.Native)
                {
                    if (finder._natives.Find(name) is { } nativeChild) return AddNative(nativeChild);
                    // os.path: a module the native parent puts in sys.modules itself, as CPython's os does.
                    if (finder._natives.Find(parent.Name)?.Exports.Contains(name[(dot + 1)..]) == true) return _graph.Add(name, ModuleKind.Native, null);
                }
                if (!_python.TryGetValue(parent.Name, out var parentModule) || !parentModule.Found.IsPackage)
                {
                    return _graph.Add(name, ModuleKind.Missing, null);
                }
                folders = parentModule.Found.SearchLocations;
            }
            else if (s_builtinFirst.Contains(name) && finder._natives.Find(name) is { } builtin)
            {
                return AddNative(builtin);
            }

            if (FoundModule.Locate(name, folders) is { } found) return Load(name, found).Node;
            if (dot < 0 && finder._natives.Find(name) is { } native) return AddNative(native);
            return _graph.Add(name, ModuleKind.Missing, null);
        }

        private ModuleGraphNode AddNative(NativeModule native)
        {
            _native.Add(native);
            var node = _graph.Add(native.Name, ModuleKind.Native, null);
            foreach (var required in native.Requires) Require(required, new ImportReference(native.Name, null, required, 0, false));
            foreach (var (required, export) in native.RequiresWhenRead)
            {
                _whenRead.Add(new ImportWhenRead(required, [export], new ImportReference(native.Name, null, required, 0, false)));
            }
            return node;
        }

        /// <summary>
        /// Requires the modules imported only for an export the app's code mentions (time's strptime
        /// needs _strptime); true when that found new modules, whose imports and mentions must be
        /// followed in turn.
        /// </summary>
        private bool RequireForReadExports()
        {
            var found = false;
            foreach (var pending in _whenRead.ToList())
            {
                // The importing module's own mentions do not count: its __all__ and tables name
                // the export whether or not the app ever reaches it.
                if (!_order.Any(m => m.Name != pending.Via.Importer && pending.Exports.Any(Mentions(m).Contains))) continue;
                _whenRead.Remove(pending);
                found |= _graph.Find(pending.Module) is null;
                Require(pending.Module, pending.Via);
            }
            return found;
        }

        private HashSet<string> Mentions(AnalysedModule module)
        {
            if (!_mentions.TryGetValue(module.Name, out var words))
            {
                words = module.Tree is null ? [] : NameMentions.Of(module.Tree);
                _mentions[module.Name] = words;
            }
            return words;
        }

        private AnalysedModule Load(string name, FoundModule found)
        {
            CompiledModule? code = null;
            Compiler.Syntax.Ast.Module? tree = null;
            IReadOnlyDictionary<int, IReadOnlyList<string>> importsWhenRead = s_noPragmas;
            if (found.FilePath is { } file)
            {
                var source = found.Folder!.ReadFile(found.FileName!);
                tree = PythonParser.Parse(source, file);
                code = _cache?.Compile(name, file, source) ?? Compilation.CompileModule(name, file, source);
                if (IsPyPackLibrary(file)) importsWhenRead = ImportWhenReadPragma.Find(System.Text.Encoding.UTF8.GetString(source));
            }
            var node = _graph.Add(name, found.Kind, found.FilePath);
            var module = new AnalysedModule(name, found, node, code, tree) { ImportsWhenRead = importsWhenRead };
            _python.Add(name, module);
            _order.Add(module);
            _pending.Enqueue(module);
            return module;
        }

        /// <summary>Follows every import site of a loaded module.</summary>
        private void Follow(AnalysedModule module)
        {
            if (module.Tree is null) return;
            foreach (var site in ImportScanner.Scan(module.Tree))
            {
                var reference = new ImportReference(module.Name, module.Found.FilePath, "", site.Line, site.Optional, site.Col + 1);
                if (site.Kind == ImportSiteKind.Import && module.ImportsWhenRead.TryGetValue(site.Line, out var exports))
                {
                    _whenRead.Add(new ImportWhenRead(site.Module!, exports, reference));
                    continue;
                }
                switch (site.Kind)
                {
                    case ImportSiteKind.Import:
                        Require(site.Module!, reference);
                        break;
                    case ImportSiteKind.Call:
                        FollowCall(module, site, reference);
                        break;
                    case ImportSiteKind.From:
                        FollowFrom(module, site, reference);
                        break;
                    case ImportSiteKind.Dynamic:
                        _warnings.Add($"{reference.Where}: {(site.Module is null ? "a module name computed at run time" : $"'{site.Module}' relative to a package known only at run time")} " +
                            "is imported here; PyPack includes only modules it can see: name them with --hidden-import MODULE");
                        break;
                }
            }
        }

        private void FollowFrom(AnalysedModule module, ImportSite site, ImportReference reference)
        {
            var baseName = site.Level == 0 ? site.Module! : ResolveRelative(module, site, reference);
            if (baseName is null) return;
            var node = Require(baseName, reference);
            if (node.Kind == ModuleKind.Native)
            {
                if (finder._natives.Find(baseName) is not { } native) return;
                CheckNativeNames(native, site, reference);
                foreach (var n in site.Names)
                {
                    if (finder._natives.Find(baseName + "." + n) is not null) Require(baseName + "." + n, reference);
                }
                return;
            }
            if (!_python.TryGetValue(baseName, out var imported) || !imported.Found.IsPackage) return;
            var names = site.Names.Contains("*")
                ? (imported.Tree is null ? [] : ImportScanner.StaticAll(imported.Tree) ?? [])
                : site.Names;
            RequireSubmodules(baseName, imported, names, reference);
        }

        /// <summary>
        /// <c>import_module("m")</c> / <c>__import__("m", globals(), None, fromlist, level)</c>: the
        /// module, and the submodules fromlist names (CPython ignores fromlist names that are neither).
        /// </summary>
        private void FollowCall(AnalysedModule module, ImportSite site, ImportReference reference)
        {
            var name = site.Level == 0 ? site.Module! : ResolveRelative(module, site, reference);
            if (name is null) return;
            Require(name, reference);
            if (site.Names.Count > 0 && _python.TryGetValue(name, out var imported) && imported.Found.IsPackage)
            {
                RequireSubmodules(name, imported, site.Names, reference);
            }
        }

        private void RequireSubmodules(string baseName, AnalysedModule imported, IReadOnlyList<string> names, ImportReference reference)
        {
            foreach (var n in names)
            {
                // `from p import m`: m is a submodule when the package has one of that name, else an attribute.
                var submodule = baseName + "." + n;
                if (IsExcluded(submodule) || FoundModule.Locate(submodule, imported.Found.SearchLocations) is not null || finder._natives.Find(submodule) is not null)
                {
                    Require(submodule, reference);
                }
            }
        }

        private void CheckNativeNames(NativeModule native, ImportSite site, ImportReference reference)
        {
            foreach (var n in site.Names)
            {
                if (n == "*" || native.Exports.Contains(n) || finder._natives.Find(native.Name + "." + n) is not null) continue;
                var message = $"cannot import name '{n}' from '{native.Name}' (unknown location)";
                if (site.Optional) _warnings.Add($"{reference.Where}: {message}; the app's ImportError handler runs at run time");
                else _errors.Add(new Diagnostic(DiagnosticCode.ImportError, RelativeFile(reference.ImporterFile!), site.Line, site.Col + 1, message));
            }
        }

        private string? ResolveRelative(AnalysedModule module, ImportSite site, ImportReference reference)
        {
            var package = module.Name == "__main__" ? entry.MainPackage
                : module.Found.IsPackage ? module.Name
                : module.Name.Contains('.') ? module.Name[..module.Name.LastIndexOf('.')] : "";
            if (string.IsNullOrEmpty(package))
            {
                _warnings.Add($"{reference.Where}: relative import in a module with no parent package; it raises ImportError at run time, as under CPython");
                return null;
            }
            var bits = package.Split('.');
            if (bits.Length < site.Level)
            {
                _warnings.Add($"{reference.Where}: relative import beyond the top-level package; it raises ImportError at run time, as under CPython");
                return null;
            }
            var baseName = string.Join('.', bits[..(bits.Length - site.Level + 1)]);
            return site.Module is null ? baseName : baseName + "." + site.Module;
        }

        private bool IsExcluded(string name) =>
            options.ExcludedModules.Any(e => name == e || name.StartsWith(e + ".", StringComparison.Ordinal));

        private void ReportMissing()
        {
            foreach (var node in _graph.Nodes)
            {
                if (node.Kind != ModuleKind.Missing) continue;
                // 'import a.b' with a missing: CPython names a, the first part it cannot find.
                if (node.Name.LastIndexOf('.') is var dot and > 0 && _graph.Find(node.Name[..dot])?.Kind == ModuleKind.Missing) continue;
                var importers = _graph.ImportersOf(node.Name).ToList();
                if (importers.Count == 0) continue;
                if (CPythonStdlib.Contains(node.Name))
                {
                    ReportMissingStandardModule(node.Name, importers);
                    continue;
                }
                var where = string.Join(", ", importers.Select(i => i.Where));
                _warnings.Add(importers.All(i => i.Optional)
                    ? $"optional module '{node.Name}' not found (imported at {where}, where ImportError is handled); it is left out and the app's fallback runs"
                    : $"no module named '{node.Name}' (imported at {where}); it is left out and importing it raises ModuleNotFoundError. " +
                      "If it exists, add its folder with --paths DIR or activate its virtual environment");
            }
        }

        /// <summary>
        /// A module CPython would find in its standard library but PyPack does not provide: the program
        /// would behave differently, so an import that nothing guards stops the build at its file:line.
        /// One guarded by an ImportError handler (the app has a fallback) or made by PyPack's own Lib
        /// (on a path PyPack's programs do not take) is a warning.
        /// </summary>
        private void ReportMissingStandardModule(string name, List<ImportReference> importers)
        {
            var warned = new List<ImportReference>();
            foreach (var importer in importers)
            {
                if (importer.Optional || importer.ImporterFile is null || IsPyPackLibrary(importer.ImporterFile))
                {
                    warned.Add(importer);
                    continue;
                }
                // 'from concurrent.futures import x' names concurrent.futures, though concurrent is the first part missing.
                var named = _graph.ImportsOf(importer.Importer)
                    .Where(e => e.Line == importer.Line && e.Column == importer.Column && e.Imported.StartsWith(name + ".", StringComparison.Ordinal) && CPythonStdlib.Contains(e.Imported))
                    .Select(e => e.Imported).Append(name).MaxBy(n => n.Length)!;
                _errors.Add(new Diagnostic(DiagnosticCode.Unsupported, RelativeFile(importer.ImporterFile), importer.Line, importer.Column,
                    $"unsupported: module '{named}' of CPython's standard library is not available in PyPack"));
            }
            if (warned.Count > 0 && warned.Count == importers.Count)
            {
                _warnings.Add($"module '{name}' of CPython's standard library is not available in PyPack (imported at {string.Join(", ", warned.Select(i => i.Where))}" +
                    (warned.All(i => i.Optional) ? ", where ImportError is handled); the app's fallback runs where CPython would import it" : "); importing it raises ModuleNotFoundError"));
            }
        }

        /// <summary>
        /// Stops the build at <c>mod.attr</c> in the app's own files when CPython's module has attr and
        /// PyPack's lacks it (see <see cref="ModuleAttributeCheck"/>); a read inside a try that handles
        /// AttributeError is a warning, as the app has a fallback.
        /// </summary>
        private void CheckModuleAttributes()
        {
            var assigned = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in _order)
            {
                if (m.Tree is not null) ModuleAttributeCheck.CollectAssignedAttributes(m.Tree, m.Found.FilePath is { } f && IsPyPackLibrary(f), assigned);
            }
            var known = new Dictionary<string, IReadOnlySet<string>?>(StringComparer.Ordinal);
            IReadOnlySet<string>? PyPackNames(string module)
            {
                if (!known.TryGetValue(module, out var names))
                {
                    names = _graph.Find(module)?.Kind == ModuleKind.Native ? finder._natives.Find(module)?.Exports
                        : _python.TryGetValue(module, out var lib) && lib.Tree is not null && lib.Found.FilePath is { } file && IsPyPackLibrary(file)
                            ? ModuleAttributeCheck.PythonModuleNames(lib.Tree)
                            : null;
                    known[module] = names;
                }
                return names;
            }
            foreach (var m in _order)
            {
                if (m.Tree is null || m.Found.FilePath is not { } file || IsPyPackLibrary(file)) continue;
                foreach (var f in ModuleAttributeCheck.Check(m.Tree, PyPackNames, assigned))
                {
                    var what = $"{f.Module}.{f.Name}";
                    if (f.Guarded)
                    {
                        _warnings.Add($"{RelativeFile(file)}:{f.Line}: {what} is not provided by PyPack's {f.Module} module; the app's AttributeError handler runs at run time");
                    }
                    else
                    {
                        _errors.Add(new Diagnostic(DiagnosticCode.Unsupported, RelativeFile(file), f.Line, f.Col + 1,
                            $"unsupported: {what} (PyPack's {f.Module} module does not provide it)"));
                    }
                }
            }
        }

        private static bool IsPyPackLibrary(string file) =>
            Path.GetFullPath(file).StartsWith(Path.GetFullPath(ModuleSearchPath.StandardLibrary) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

        private static string RelativeFile(string file)
        {
            var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);
            return relative.StartsWith("..", StringComparison.Ordinal) ? file : relative;
        }
    }

    private static readonly IReadOnlyDictionary<int, IReadOnlyList<string>> s_noPragmas = new Dictionary<int, IReadOnlyList<string>>();

    private sealed record AnalysedModule(string Name, FoundModule Found, ModuleGraphNode Node, CompiledModule? Code, Compiler.Syntax.Ast.Module? Tree)
    {
        /// <summary>Lines of PyPack's Lib whose import waits for a name (<see cref="ImportWhenReadPragma"/>).</summary>
        public IReadOnlyDictionary<int, IReadOnlyList<string>> ImportsWhenRead { get; init; } = s_noPragmas;
    }

    /// <summary>An import made only for <paramref name="Exports"/>: required once some module of the app mentions one.</summary>
    private sealed record ImportWhenRead(string Module, IReadOnlyList<string> Exports, ImportReference Via);
}
