namespace Correlator.Domain.Reports;

public enum SourceType
{
    ArmedGroup,
    Official,
    Media,
    Ngo,
    Other,
}
