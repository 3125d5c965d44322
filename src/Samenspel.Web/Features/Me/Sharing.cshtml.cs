namespace Samenspel.Web.Features.Me;

/// <summary>A youth of 16 or over chooses, per carer, which categories that carer may see. The policy honours
/// these choices; this page only records them.</summary>
[Authorize(Policy = Policies.Youth)]
[YouthFrom("", IdOf.Self)]
public sealed class SharingModel(SamenspelDb db, TimeProvider clock) : PageModel
{
    public static readonly DataCategory[] Choosable =
        [DataCategory.Plan, DataCategory.Journal, DataCategory.CheckIns, DataCategory.AllianceAnswers, DataCategory.Messages, DataCategory.ContactLog, DataCategory.IntakeNotes];

    public sealed record CarerChoice(Guid Id, string Name, HashSet<DataCategory> Shielded);

    public bool MayShield { get; private set; }
    public IReadOnlyList<CarerChoice> Carers { get; private set; } = [];
    public bool Saved => this.Flag("saved");

    /// <summary>The youth's own carers and shields: a read of their own register, audited like anyone's.</summary>
    [YouthData(DataCategory.Register)]
    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(List<string> shared, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (!MayShield) return Forbid();
        var youthId = Viewer.From(User)!.PersonId;
        var allowed = shared.ToHashSet();
        var existing = await db.CategoryShields.Where(s => s.YouthId == youthId).ToListAsync(ct);
        foreach (var carer in Carers)
            foreach (var category in Choosable)
            {
                var wantShield = !allowed.Contains($"{carer.Id}:{category}");
                var shield = existing.FirstOrDefault(s => s.CarerId == carer.Id && s.ShieldedCategory == category);
                if (wantShield && shield is null)
                    db.CategoryShields.Add(new CategoryShield { YouthId = youthId, CarerId = carer.Id, ShieldedCategory = category, CreatedAt = clock.GetUtcNow() });
                else if (!wantShield && shield is not null)
                    db.CategoryShields.Remove(shield);
            }
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { saved = "true" });
    }

    async Task LoadAsync(CancellationToken ct)
    {
        var youthId = Viewer.From(User)!.PersonId;
        var birth = await db.Youths.Where(y => y.Id == youthId).Select(y => y.BirthDate).SingleAsync(ct);
        MayShield = AccessPolicy.MayShieldCategories(Age.BandOn(birth, clock.DutchToday()));
        var shields = await db.CategoryShields.AsNoTracking().Where(s => s.YouthId == youthId).ToListAsync(ct);
        Carers = (await db.CarerLinks.AsNoTracking().Where(l => l.YouthId == youthId)
                .Join(db.Carers, l => l.CarerId, c => c.Id, (l, c) => new { c.Id, c.Name }).OrderBy(c => c.Name).ToListAsync(ct))
            .Select(c => new CarerChoice(c.Id, c.Name, shields.Where(s => s.CarerId == c.Id).Select(s => s.ShieldedCategory).ToHashSet()))
            .ToList();
    }
}
