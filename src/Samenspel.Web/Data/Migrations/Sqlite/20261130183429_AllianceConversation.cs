using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Samenspel.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AllianceConversation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AllianceActions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    YouthId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasurementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReviewedInMeasurementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReviewedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AllianceActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AllianceActions_Measurements_MeasurementId",
                        column: x => x.MeasurementId,
                        principalTable: "Measurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AllianceActions_Measurements_ReviewedInMeasurementId",
                        column: x => x.ReviewedInMeasurementId,
                        principalTable: "Measurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AllianceActions_Staff_CreatedBy",
                        column: x => x.CreatedBy,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AllianceActions_Staff_ReviewedBy",
                        column: x => x.ReviewedBy,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AllianceActions_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionShares",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    YouthId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeasurementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScientistId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SharedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    SharedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionShares_Measurements_MeasurementId",
                        column: x => x.MeasurementId,
                        principalTable: "Measurements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupervisionShares_Staff_ScientistId",
                        column: x => x.ScientistId,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupervisionShares_Staff_SharedBy",
                        column: x => x.SharedBy,
                        principalTable: "Staff",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupervisionShares_Youths_YouthId",
                        column: x => x.YouthId,
                        principalTable: "Youths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AllianceActions_CreatedBy",
                table: "AllianceActions",
                column: "CreatedBy");

            migrationBuilder.CreateIndex(
                name: "IX_AllianceActions_MeasurementId",
                table: "AllianceActions",
                column: "MeasurementId");

            migrationBuilder.CreateIndex(
                name: "IX_AllianceActions_ReviewedBy",
                table: "AllianceActions",
                column: "ReviewedBy");

            migrationBuilder.CreateIndex(
                name: "IX_AllianceActions_ReviewedInMeasurementId",
                table: "AllianceActions",
                column: "ReviewedInMeasurementId");

            migrationBuilder.CreateIndex(
                name: "IX_AllianceActions_YouthId_CreatedAt",
                table: "AllianceActions",
                columns: new[] { "YouthId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionShares_MeasurementId_ScientistId",
                table: "SupervisionShares",
                columns: new[] { "MeasurementId", "ScientistId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionShares_ScientistId_YouthId",
                table: "SupervisionShares",
                columns: new[] { "ScientistId", "YouthId" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionShares_SharedBy",
                table: "SupervisionShares",
                column: "SharedBy");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionShares_YouthId",
                table: "SupervisionShares",
                column: "YouthId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AllianceActions");

            migrationBuilder.DropTable(
                name: "SupervisionShares");
        }
    }
}
