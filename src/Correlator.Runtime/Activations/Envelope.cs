using System.Diagnostics.CodeAnalysis;
using Correlator.Runtime.Calls;

namespace Correlator.Runtime.Activations;

/// <summary>One entry of an activation's queue: a call, or a deactivation request.</summary>
internal readonly struct Envelope
{
    public Envelope(IGrainCall call) => Call = call;

    public Envelope(Deactivation deactivation) => Deactivation = deactivation;

    public IGrainCall? Call { get; }

    public Deactivation? Deactivation { get; }

    [MemberNotNullWhen(true, nameof(Deactivation))]
    [MemberNotNullWhen(false, nameof(Call))]
    public bool IsDeactivation => Deactivation is not null;
}
