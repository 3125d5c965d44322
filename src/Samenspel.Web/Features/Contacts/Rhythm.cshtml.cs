using Samenspel.Domain.Scheduling;

namespace Samenspel.Web.Features.Contacts;

/// <summary>The contact rhythm of the viewer's own youths: which carers are overdue or due against their contact
/// agreement, and which trajectories have had no parent contact at all.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class RhythmModel(SamenspelDb db, YouthAccess access, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ContactStatus.CarerRhythm> Rhythms { get; private set; } = [];
    public IReadOnlyList<ContactStatus.NoParentContact> WithoutContact { get; private set; } = [];
    /// <summary>Youths whose contact log the viewer may write: their rows get the "Contact vastleggen" link.</summary>
    public IReadOnlySet<Guid> MayLogContact { get; private set; } = new HashSet<Guid>();
    public int Overdue => Rhythms.Count(r => r.State == ContactState.Overdue);
    public int Due => Rhythms.Count(r => r.State == ContactState.Due);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = access.Viewer!.PersonId;
        var readable = await access.ReadableAsync(DataCategory.ContactLog,
            q => q.OnCareTeamOf(db, me), ct: ct);
        var ids = readable.Select(r => r.YouthId).ToList();
        var today = clock.DutchToday();
        Rhythms = await ContactStatus.RhythmsAsync(db, ids, today, ct);
        WithoutContact = await ContactStatus.WithoutParentContactAsync(db, ids, today, ct);
        MayLogContact = await access.MayManyAsync(ids, DataCategory.ContactLog, AccessAction.Write, ct);
    }
}
