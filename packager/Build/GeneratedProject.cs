using System.Security.Cryptography;
using System.Text;
using PyPack.Packager.Analysis;

namespace PyPack.Packager.Build;

/// <summary>
/// The C# project PyPack generates for an app in the work folder. Files are rewritten only when
/// their content changes, and a fingerprint of every input tells whether the last native build
/// is still current.
/// </summary>
public sealed class GeneratedProject(string directory, string assemblyName, string runtimeAssemblyPath)
{
    /// <summary>The target framework of generated apps; NativeAOT works here for net9.0 (see DESIGN.md).</summary>
    public const string TargetFramework = "net9.0";

    public string Directory { get; } = directory;
    public string ProjectFile => Path.Combine(Directory, assemblyName + ".csproj");

    /// <summary>Writes the project and returns a fingerprint of everything the native build depends on.</summary>
    /// <param name="regexes">The precompiled regexes' C# (<see cref="RegexPrecompiler"/>), or null.</param>
    public string Write(AppModules app, string? regexes = null)
    {
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "src"));
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            // Stop MSBuild from importing Directory.Build.* or central package files from folders above the work folder.
            ["Directory.Build.props"] = "<Project />\n",
            ["Directory.Build.targets"] = "<Project />\n",
            ["Directory.Packages.props"] = "<Project />\n",
            ["src/AppModules.cs"] = EntryPointWriter.ModuleTable(app),
            ["src/Program.cs"] = EntryPointWriter.Program(app, regexes is not null),
        };
        if (regexes is not null) files["src/" + RegexPrecompiler.ClassName + ".cs"] = regexes;
        foreach (var m in app.Python) files["src/" + m.ClassName + ".cs"] = m.CSharp;
        var dataArchive = Path.Combine(Directory, Data.DataArchiveWriter.ResourceName);
        byte[]? data = app.DataFiles.Count > 0 ? Data.DataArchiveWriter.Write(app.DataFiles) : null;
        if (data is null) File.Delete(dataArchive);
        else if (!File.Exists(dataArchive) || !File.ReadAllBytes(dataArchive).AsSpan().SequenceEqual(data)) File.WriteAllBytes(dataArchive, data);
        files[assemblyName + ".csproj"] = ProjectText(data is not null);

        // Sources of modules no longer in the app must not be compiled in.
        foreach (var stale in System.IO.Directory.GetFiles(Path.Combine(Directory, "src"), "*.cs"))
        {
            if (!files.ContainsKey("src/" + Path.GetFileName(stale))) File.Delete(stale);
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (relative, text) in files)
        {
            WriteIfChanged(Path.Combine(Directory, relative), text);
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\0" + text + "\0"));
        }
        if (data is not null) hash.AppendData(data);
        hash.AppendData(File.ReadAllBytes(runtimeAssemblyPath));
        hash.AppendData(File.ReadAllBytes(ZipLibraryPath));
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static void WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text) return;
        File.WriteAllText(path, text, new UTF8Encoding(false));
    }

    /// <summary>SharpZipLib, which the runtime reads the data archive with; it sits next to the runtime assembly.</summary>
    private string ZipLibraryPath => Path.Combine(Path.GetDirectoryName(runtimeAssemblyPath)!, "ICSharpCode.SharpZipLib.dll");

    // Peak RSS of a program with a small live set is about 6-7 MB of fixed cost (binary text, libc,
    // runtime statics, GC bookkeeping) plus the gen0 budget, since every byte of that budget is
    // touched before the first collection. A 1-1.5 MB budget brings those programs below CPython's
    // 7.5-8.5 MB, but each collection has a fixed cost of roughly 100 us whatever it finds (the GC
    // reads /proc/meminfo on every collection, and walks the stack with libunwind once to mark and
    // once more to relocate), so 1.5 MB cost json_roundtrip ~30%, strbuild ~20%, sorting and regex
    // ~15-20% more CPU. A larger LOH threshold (1-2 MB) cut strbuild's full collections but raised
    // its peak from 48 to 64 MB. Both were measured and not taken; see issue #8.
    // Measured again with all 18 benchmarks (3 runs each, budget = GCgen0size = GCGen0MaxBudget): 3 MB
    // took ~1 MB off the small programs (10 -> 9 MB, still above CPython's 7.5-8.4) and 8 MB off
    // json_roundtrip, but cost json_roundtrip and sorting ~7% CPU, strbuild ~6%, and raised pidigits'
    // peak by 1 MB; 2 MB brought the small programs to about CPython's peak (7.6-8.6 MB) but cost
    // json_roundtrip 30% and constraints 6%. A smaller minimum alone (GCgen0size 2 MB, cap 4 MB) left
    // constraints and richards at 10 MB: the budget grows to the cap after the first collections.
    // GCHeapHardLimit / GCHeapHardLimitPercent do not remove the /proc/meminfo read of each collection
    // (the GC reads it unless physical memory is restricted; GCTotalPhysicalMemory makes it read two
    // cgroup files instead), and a smaller GCRegionRange (43-57 fewer start-up page faults, 0.2-0.3
    // MB) would cap the heap below what a machine with more memory lets CPython use. None of these
    // were taken.
    // Measured again (session 14, all 18 benchmarks, settings through DOTNET_ variables on the same
    // binaries, medians of 2-3 runs on a loaded machine). Peak RSS of a small program is the fixed
    // cost (~5.6 MB: binary ~3 MB resident, libc/libm/ld ~1.9 MB, GC bookkeeping and the start-up
    // objects' region ~0.5 MB) plus the largest gen0 budget the GC ever reached: with GCgen0size 1 MB
    // and the cap at 4 MB richards made 78 collections instead of 21 and still peaked at 9.9 MB,
    // because one cycle with more survivors (growth up to 20x survivors) takes the budget to the cap.
    // So only the cap moves the peak. 2 MB: small programs 9.2-10.3 -> 7.2-8.4 MB (CPython 7.7-8.5),
    // their CPU unchanged within noise (the fixed cost of a collection in a small heap is ~60 us:
    // stack walk through libunwind and GC info, the large-object cards, /proc/meminfo), but
    // json_roundtrip +15-30% and sorting ~+10% CPU: the extra time there is marking and relocating
    // survivors (mark_object_simple1 17% -> 26% of samples), not per-collection overhead. 2.5 MB:
    // small programs 7.7-8.8 MB, json_roundtrip still ~+20%. Other settings, with a 4 or 2 MB gen0:
    // GCgen1size 2-8 MB changed nothing; GCGen1MaxBudget 1 MB cut json_roundtrip 68 -> 61 MB for
    // +25% CPU, 6 MB cut strbuild 41 -> 38 MB for ~+7%, 16 MB changed nothing; GCLatencyLevel=0 raised
    // json_roundtrip by 13 MB and sorting by 9 MB; GCRetainVM changed nothing; GCConserveMemory 7 with
    // a 2 MB gen0 gave json_roundtrip its CPU back but peaked 7 MB higher (0: 89 MB). GCRegionSize 1 MB
    // (default 4): json_roundtrip 66.3 -> 63.2 MB, regex 23.9 -> 20.8, sorting 76-78 -> 74, strbuild
    // 42 -> 35.5 (less of each generation's last region left partly used), CPU within noise, but the
    // other 14 pay ~0.7 MB more fixed cost (fib 4.7 -> 5.4, richards 9.6 -> 10.4); 2 MB regions:
    // -1.7 to -4 MB on those four, +0.2-0.5 MB on the others. None was taken.
    // Session 17, for programs whose data lives through a few collections (release_notes,
    // async_tree, comprehensions, sorting; DOTNET_ variables, medians of 3, machine load 40 on 2
    // cores): .NET 9 has no GCgen1size any more; GCGen1MaxBudget is the knob that moves their peak.
    // 4-6 MB: async_tree 47.4 -> 32.4-34 MB (CPython 25.8), release_notes 39.1 -> 35.3 (6 MB; 4 MB
    // 41.9), comprehensions 24 -> 20, sorting 79.6 -> 77; but 6 MB cost json_roundtrip +16% CPU and
    // +3.4 MB (64.2 -> 67.6), strbuild +10% CPU; 8-12 MB kept less of the gain (async_tree 34-38.5 MB).
    // Larger gen0 budgets (6, 8 MB) raised release_notes' peak to 50-53 MB; GCConserveMemory 0 or 5
    // and GCRegionsSize 1 MB changed neither CPU nor peak there. None was taken.
    // Session 18, strbuild (GC counts from GC.CollectionCount in a probe build; they repeat exactly
    // run to run): 1722 MB allocated, 390/80/48 gen0/gen1/gen2. GCLOHThreshold 2 MB: 400/46/35,
    // 8 MB (nothing large): 401/40/28, so ~20 of the 48 full collections come from the LOH budget
    // (per outer iteration 8 MB of strs that must be one string, the join results, plus ~2.8 MB of
    // list arrays) and ~28 from the promoted lines and out strs (~25 MB per iteration). Both raised
    // strbuild's peak 36.9 -> 48 MB for -5..-10% CPU (2 runs at load 50); release_notes unchanged.
    // Not taken. perf of strbuild: GC 52% of samples, of which mark only 7%; plan 11% self,
    // relocate 17% (8% updating LOH list arrays' cards), compact 14%, and the allocator's memset
    // 4.5%: the cost is moving survivors, not finding them. GCConserveMemory 0 left that split as it
    // was. The bytes per line are what the object model needs (native build, allocation probe):
    // build 356 (formatted line 104, str() and hex() 72 each, the %d box 32, list growth ~24,
    // join 50), process 752 (line 104, partition 152, split 136, int(left) + len(right) 64 as two
    // boxed ints, replace/upper 72 each, the result 88, list growth, join); the remaining boxes
    // (int() and the sum, the %d argument) are compiler work, not runtime temporaries.
    // Session 19, a heap grown by promotion (three list(range(10**6)), then list(enumerate(xs)) or
    // list(gen) of 10**6 new items, 3 times; GC counts from GC.CollectionCount in a probe build): with
    // GCConserveMemory 9 nearly every gen1 collection is a full compacting one (list_enum 91/24/23
    // gen0/1/2, 3.4 s, 385 MB; CPython 0.48 s, 330 MB). 0: 24/6, 1.3 s, 435 MB; 5: 24/7, 1.26 s,
    // 341 MB; 7: 24/12, 1.7 s, 399 MB (one run each, load ~50). Then 28 programs (the suite and 10
    // outside-style probes), DOTNET_GCConserveMemory=5 against 9, medians of 3 alternating runs at
    // load ~6: CPU within noise on most (json_roundtrip 1.32 -> 1.13 s, pidigits 1.37 -> 1.16,
    // collections_mix 2.45 -> 2.20), but json_roundtrip peaked at 98 MB instead of 64 and sorting at
    // 96 instead of 78. Not taken. GCgen0size 8 MB under the 4 MB GCGen0MaxBudget changes nothing
    // (the same runs put the noise at about 10%).
    private string ProjectText(bool hasData) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <!-- Generated by PyPack for {assemblyName}; regenerated on every build. -->
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>{TargetFramework}</TargetFramework>
            <AssemblyName>{assemblyName}</AssemblyName>
            <RootNamespace>PyPack.Generated</RootNamespace>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <PublishAot>true</PublishAot>
            <OptimizationPreference>Speed</OptimizationPreference>
            <InvariantGlobalization>true</InvariantGlobalization>
            <UseSystemResourceKeys>true</UseSystemResourceKeys>
            <EventSourceSupport>false</EventSourceSupport>
            <!-- Python tracebacks are recorded by the compiled code itself, never from .NET stack traces:
                 no stack-trace tables (about 100 KB), and identical method bodies can be folded. -->
            <StackTraceSupport>false</StackTraceSupport>
            <!-- The GC's vectorised mark-list sort (about 110 KB of AVX2/AVX-512 code) matters for
                 server-sized heaps only; without it the GC sorts with its portable introsort. -->
            <IlcDisableVxsort>true</IlcDisableVxsort>
            <!-- Start-up: by default ILC compresses the type system's data (method tables, dispatch maps)
                 and every start inflates it into fresh anonymous memory (about 500 KB, 120 page faults,
                 0.5-0.9 ms of a 5 ms hello world). Stored as is and linked at fixed addresses (no PIE,
                 as Go links by default), the data is mapped from the file and only the pages a program
                 touches are read; without PIE the linker resolves its pointers, so the loader has no
                 relocations to apply. Costs about 200 KB of file size. -->
            <IlcDehydrate>false</IlcDehydrate>
            <PositionIndependentExecutable>false</PositionIndependentExecutable>
            <StripSymbols>true</StripSymbols>
            <DebugType>none</DebugType>
            <Deterministic>true</Deterministic>
            <PathMap>$(MSBuildProjectDirectory)=/pypack</PathMap>
            <SatelliteResourceLanguages>en</SatelliteResourceLanguages>
            <GenerateDocumentationFile>false</GenerateDocumentationFile>
            <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
            <NoWarn>$(NoWarn);CS0162;CS0164;CS0168;CS0219;CS8600;CS8601;CS8602;CS8603;CS8604</NoWarn>
          </PropertyGroup>
          <ItemGroup>
            <!-- GC settings baked into the executable (DOTNET_ variables still override them). The
                 default gen0 budget is sized from the L3 cache (tens of MB on a server CPU): every
                 program would hold that much garbage before its first collection, where CPython
                 frees as it goes. 4 MB (hex below): 2 MB cost sieve ~25% more CPU in collections,
                 4 MB is within noise. Conserving memory collects and compacts the old generation
                 and the large-object heap sooner (sieve's megabyte lists). -->
            <IlcArg Include="--runtimeopt:GCgen0size=400000" />
            <IlcArg Include="--runtimeopt:GCConserveMemory=9" />
            <!-- No background GC: its marking thread competes with the program for the cores and
                 repeats work (json_roundtrip 2.9 -> 2.1 s CPU, a list of 1M ints 0.34 -> 0.19 s).
                 Without it the old generation is collected later, so conserving memory is set
                 high (9: compact at 10% fragmentation): json_roundtrip peaks at 122 MB instead of
                 210 MB (125 MB before, with background GC), sorting at 87 MB instead of 102. -->
            <IlcArg Include="--runtimeopt:gcConcurrent=0" />
            <!-- Without background GC the gen0 budget may grow to 200 MB (with it, 6 MB): after one
                 collection that finds most of gen0 alive (a program that just built its data), the
                 budget jumped to ~40 MB and stayed there, so regex peaked at 125 MB (24 MB capped),
                 wordfreq 105 -> 85, sorting 87 -> 74. The key is case-sensitive: GCGen0MaxBudget. -->
            <IlcArg Include="--runtimeopt:GCGen0MaxBudget=400000" />
            <!-- Objects from 512 KB (hex below) go to the large-object heap, not from 85 KB: every large
                 allocation counts toward the LOH budget (a few MB) whose exhaustion starts a full
                 collection, and a growing list reallocates its array at each step, so lists of 10k-64k
                 items pushed the GC into full collections. strbuild: 90 -> 48 full collections, peak
                 41.5 -> 36.9 MB, CPU -4% and -18% in two series. All 18 benchmarks, 3 runs: peak
                 regex -3.1 MB, sorting +3.7 MB, wordfreq +1.4 MB, the others within 0.6 MB; CPU of the
                 others within the noise of a loaded machine (+-20% on programs without large objects).
                 1.1 MB cut strbuild to 35 full collections (CPU -24%) but raised its peak by 7 MB. -->
            <IlcArg Include="--runtimeopt:GCLOHThreshold=80000" />
          </ItemGroup>
          <ItemGroup>
            <!-- The runtime's C library calls (read/write of the standard streams, os, signal, ...) bound
                 by the linker, as .NET's own System.Native calls are: otherwise the first call (print's
                 write) looks "libc" up at run time through the P/Invoke resolver (reflection over the
                 assembly's name, then dlopen probing ~70 paths for libc.so and liblibc.so): about 0.4 ms
                 of a hello world's start-up, and 60 KB of binary. libm's hypot and log1p stay looked up
                 at their first call: bound at link time, hypot would ask for glibc 2.35 (its newest
                 symbol version here) where the rest of the executable runs on 2.34. -->
            <DirectPInvoke Include="libc" />
            <DirectPInvoke Include="libc.so.6" />
          </ItemGroup>
          <!-- No RUNPATH $ORIGIN: the executable loads no library of its own from its folder, and with it
               the dynamic loader first reads /proc/self/exe and probes ~10 subfolders of that folder
               (glibc-hwcaps/x86-64-v3, tls/x86_64, ...) for libm and libc at every start. -->
          <Target Name="PyPackNoOriginRunPath" AfterTargets="SetupOSSpecificProps">
            <ItemGroup>
              <LinkerArg Remove="-Wl,-rpath,'$(IlcRPath)'" />
            </ItemGroup>
          </Target>
          <ItemGroup>
            <Reference Include="PyPack.Runtime">
              <HintPath>{System.Security.SecurityElement.Escape(runtimeAssemblyPath)}</HintPath>
            </Reference>
            <Reference Include="ICSharpCode.SharpZipLib">
              <HintPath>{System.Security.SecurityElement.Escape(ZipLibraryPath)}</HintPath>
            </Reference>
          </ItemGroup>{(hasData ? $"""

          <ItemGroup>
            <EmbeddedResource Include="{Data.DataArchiveWriter.ResourceName}" LogicalName="{Data.DataArchiveWriter.ResourceName}" />
          </ItemGroup>
        """ : "")}
        </Project>

        """;
}
