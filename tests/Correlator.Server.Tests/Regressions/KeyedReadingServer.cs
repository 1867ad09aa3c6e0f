using Correlator.Server.Tests.Hosting;

namespace Correlator.Server.Tests.Regressions;

/// <summary>A test server on which reading needs a key too.</summary>
public sealed class KeyedReadingServer : CorrelatorServer
{
    protected override IEnumerable<string> Settings => ["--Correlator:Security:RequireKeyForReading=true"];
}
