using System.Reflection;

namespace Kabuto.Cli.Tests;

/// <summary>The dependency rule of style.md, enforced: Core depends on nothing; Data, Analytics and Live on Core;
/// Writing on Analytics and Core; Checking on Writing (its facts and number formats); only the CLI (and the web host) see everything.</summary>
public sealed class ArchitectureTests
{
    public static TheoryData<string, string[]> Allowed => new()
    {
        { "Kabuto.Core", [] },
        { "Kabuto.Data", ["Kabuto.Core"] },
        { "Kabuto.Analytics", ["Kabuto.Core"] },
        { "Kabuto.Live", ["Kabuto.Core"] },
        { "Kabuto.Cluster", ["Kabuto.Core", "Kabuto.Live"] },
        { "Kabuto.Writing", ["Kabuto.Core", "Kabuto.Analytics"] },
        { "Kabuto.Checking", ["Kabuto.Core", "Kabuto.Analytics", "Kabuto.Writing"] },
        { "Kabuto.Watch", ["Kabuto.Core", "Kabuto.Data", "Kabuto.Analytics", "Kabuto.Writing", "Kabuto.Live"] },
        { "Kabuto.Web", ["Kabuto.Core", "Kabuto.Data", "Kabuto.Analytics", "Kabuto.Writing", "Kabuto.Checking", "Kabuto.Live", "Kabuto.Watch"] },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Layer_ReferencesOnlyLayersBelowIt(string assembly, string[] allowed)
    {
        var references = Assembly.Load(assembly).GetReferencedAssemblies()
            .Select(r => r.Name!)
            .Where(n => n.StartsWith("Kabuto.", StringComparison.Ordinal))
            .ToList();

        Assert.All(references, r => Assert.Contains(r, allowed));
    }

    [Fact]
    public void Core_ReferencesNoPackages()
    {
        var references = Assembly.Load("Kabuto.Core").GetReferencedAssemblies().Select(r => r.Name!).ToList();

        Assert.All(references, r => Assert.True(
            r.StartsWith("System", StringComparison.Ordinal) || r == "netstandard" || r.StartsWith("Microsoft.Win32", StringComparison.Ordinal),
            $"Kabuto.Core references {r}: Core must stay free of packages and I/O libraries"));
    }
}
