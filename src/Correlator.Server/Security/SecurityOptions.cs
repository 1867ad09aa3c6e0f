namespace Correlator.Server.Security;

/// <summary>Bound from "Correlator:Security".</summary>
public sealed record SecurityOptions
{
    public const string Section = "Correlator:Security";

    /// <summary>When false (the default) anyone may read and subscribe; writing always needs an operator key.</summary>
    public bool RequireKeyForReading { get; init; }

    /// <summary>Origins a browser may call from (CORS); empty means same-origin only.</summary>
    public string[] CorsOrigins { get; init; } = [];

    /// <summary>Requests a minute per key (or per address without a key) before 429.</summary>
    public int RequestsPerMinute { get; init; } = 6000;

    public int AnonymousRequestsPerMinute { get; init; } = 600;
}
