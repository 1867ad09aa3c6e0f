namespace Correlator.Extraction.Input;

/// <summary>How many letters of a text are Arabic, Latin or of another script.</summary>
public sealed record ScriptCounts(int Arabic, int Latin, int Other)
{
    public int Letters => Arabic + Latin + Other;
}
