using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Samenspel.Web.Data;

public static class InsertOnce
{
    /// <summary>
    /// Stores <paramref name="entity"/> once per form submission. Its Guid <c>Id</c> is the form's SubmissionId, made
    /// when the form was shown, so Back-and-send-again, a double click or a retry stores one row: the first. Whatever
    /// else the caller added to the context is saved with it, or dropped when the submission was stored before.
    /// <see cref="Submission.Stored"/>: stored now, so the caller does what follows a save (mail, publish).
    /// <see cref="Submission.StoredBefore"/>: this same submission was stored earlier (<paramref name="sameSubmission"/>:
    /// the same author, youth, thread…), by an earlier post or one racing this one; the caller answers as after a save.
    /// <see cref="Submission.Refused"/>: the id belongs to another record (a reused or forged id): nothing is stored,
    /// and the caller must not say it was saved (see <see cref="Refuse"/>).
    /// </summary>
    public static async Task<Submission> InsertOnceAsync<T>(this SamenspelDb db, T entity, Expression<Func<T, bool>> sameSubmission, CancellationToken ct)
        where T : class
    {
        var id = db.Entry(entity).Property<Guid>("Id").CurrentValue;
        Expression<Func<T, bool>> byId = e => EF.Property<Guid>(e, "Id") == id;
        if (!await db.Set<T>().AsNoTracking().AnyAsync(byId, ct))
        {
            db.Set<T>().Add(entity);
            if (await db.SaveOnceAsync(byId, ct)) return Submission.Stored;
        }
        db.ChangeTracker.Clear();
        return await db.Set<T>().AsNoTracking().Where(byId).AnyAsync(sameSubmission, ct) ? Submission.StoredBefore : Submission.Refused;
    }

    /// <summary>Saves the context. When a unique key refuses the save because a request racing this one (a double
    /// click, a second tab) stored <paramref name="theRow"/> first, the context is cleared and the answer is false:
    /// the row is there once. Any other failure is thrown.</summary>
    public static async Task<bool> SaveOnceAsync<T>(this SamenspelDb db, Expression<Func<T, bool>> theRow, CancellationToken ct)
        where T : class
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.Set<T>().AsNoTracking().AnyAsync(theRow, ct)) throw;
            return false;
        }
    }

    /// <summary>The answer when <see cref="InsertOnceAsync"/> said <see cref="Submission.Refused"/>: the form's id is another record's (another
    /// author's, another youth's, or a forged id). Nothing was stored, so the form comes back with what was typed, a
    /// plain Dutch error on <paramref name="field"/>, and a fresh id (returned) to send it again with.</summary>
    public static Guid Refuse(ModelStateDictionary state, string field, IStringLocalizer t)
    {
        state.AddModelError(field, t["Dit is niet opgeslagen. Kijk het formulier na en verstuur het opnieuw."]);
        return Guid.CreateVersion7();
    }
}

/// <summary>What became of a form submission; see <see cref="InsertOnce.InsertOnceAsync"/>.</summary>
public enum Submission { Stored, StoredBefore, Refused }
