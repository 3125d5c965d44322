namespace Samenspel.Web.Features.Onboarding;

/// <summary>The signed-in mentor's call list: who has not confirmed the start information, whose mail did not
/// arrive, and who never signed in.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CallListModel(SamenspelDb db, YouthAccess access, TimeProvider clock) : PageModel
{
    public IReadOnlyList<CallRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = access.Viewer!.PersonId;
        var readable = (await access.ReadableAsync(DataCategory.Register,
            q => q.Where(y => db.MentoredBy(me).Any(m => m.YouthId == y.Id)), ct: ct))
            .Select(r => r.YouthId).ToHashSet();
        var rows = await CallList.ForMentorAsync(db, me, clock.DutchToday(), ct);
        Rows = rows.Where(r => readable.Contains(r.YouthId)).ToList();
    }
}
