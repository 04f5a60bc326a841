<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AreaPage</name>
    <message>
        <source>Area and flood</source>
        <translation>Area e piena</translation>
    </message>
    <message>
        <source>Limit the project to a box in degrees of longitude and latitude (WGS 84), or keep the whole of the elevation files. The starter scenarios put the water this far above the river bed.</source>
        <translation>Limitare il progetto a un rettangolo in gradi di longitudine e latitudine (WGS 84), o tenere interi i file di quota. Gli scenari iniziali mettono l&apos;acqua a questa altezza sopra il fondo del fiume.</translation>
    </message>
    <message>
        <source>&amp;Limit to a box</source>
        <translation>&amp;Limita a un rettangolo</translation>
    </message>
    <message>
        <source>Crop the elevation and the OpenStreetMap layers to the box below</source>
        <translation>Ritaglia la quota e i livelli OpenStreetMap al rettangolo qui sotto</translation>
    </message>
    <message>
        <source>&amp;West:</source>
        <translation>&amp;Ovest:</translation>
    </message>
    <message>
        <source>Western edge (degrees of longitude, east positive)</source>
        <translation>Bordo ovest (gradi di longitudine, est positivo)</translation>
    </message>
    <message>
        <source>&amp;South:</source>
        <translation>&amp;Sud:</translation>
    </message>
    <message>
        <source>Southern edge (degrees of latitude, north positive)</source>
        <translation>Bordo sud (gradi di latitudine, nord positivo)</translation>
    </message>
    <message>
        <source>&amp;East:</source>
        <translation>&amp;Est:</translation>
    </message>
    <message>
        <source>Eastern edge (degrees of longitude)</source>
        <translation>Bordo est (gradi di longitudine)</translation>
    </message>
    <message>
        <source>&amp;North:</source>
        <translation>&amp;Nord:</translation>
    </message>
    <message>
        <source>Northern edge (degrees of latitude)</source>
        <translation>Bordo nord (gradi di latitudine)</translation>
    </message>
    <message>
        <source>From the &amp;DEM</source>
        <translation>Dal &amp;DEM</translation>
    </message>
    <message>
        <source>Fill the box with the extent of the elevation files</source>
        <translation>Riempi il rettangolo con l&apos;estensione dei file di quota</translation>
    </message>
    <message>
        <source>Depth of the design flood above the river bed along every river (m)</source>
        <translation>Tirante della piena di progetto sopra il fondo del fiume lungo ogni fiume (m)</translation>
    </message>
    <message>
        <source>Flood &amp;depth above the river bed:</source>
        <translation>&amp;Tirante della piena sopra il fondo del fiume:</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message>
        <source>Attribute table</source>
        <translation>Tabella attributi</translation>
    </message>
    <message>
        <source>The layer whose features are listed</source>
        <translation>Il livello di cui sono elencati gli elementi</translation>
    </message>
    <message>
        <source>Select rows to select the features on the map; double-click a cell to edit it</source>
        <translation>Selezionare righe per selezionare gli elementi sulla mappa; doppio clic su una cella per modificarla</translation>
    </message>
</context>
<context>
    <name>BreachTool</name>
    <message>
        <source>Click on a defense line to mark a breach.</source>
        <translation>Fare clic su una linea di difesa per segnare una rotta.</translation>
    </message>
</context>
<context>
    <name>DashboardDock</name>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Which run&apos;s results to show</source>
        <extracomment>Results of runs by scenario name (the latest run of each), for comparison.</extracomment>
        <translation>Quale calcolo mostrare</translation>
    </message>
    <message>
        <source>No results yet: run a scenario.</source>
        <translation>Ancora nessun risultato: calcolare uno scenario.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Calcolo:</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Esporta rapporto…</translation>
    </message>
    <message>
        <source>Write the report of the shown run (HTML or PDF, tables as CSV and GeoPackage)</source>
        <translation>Scrive il rapporto del calcolo mostrato (HTML o PDF, tabelle come CSV e GeoPackage)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Popolazione</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Esposti</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Esposizione</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Edifici</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Coperti</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Non raggiunti</translation>
    </message>
    <message>
        <source>Covered %</source>
        <translation>Coperti %</translation>
    </message>
    <message>
        <source>Cooperation gain</source>
        <translation>Guadagno di cooperazione</translation>
    </message>
    <message>
        <source>Resource kind</source>
        <translation>Tipo di risorsa</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>tutti i tipi</translation>
    </message>
    <message>
        <source>Coverage by all kinds together, or by one kind as it moves in the flood</source>
        <translation>Copertura di tutti i tipi insieme, o di un tipo mentre si muove nella piena</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Soccorso</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Difesa</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Ente territoriale</translation>
    </message>
    <message>
        <source>Benefit (people)</source>
        <translation>Beneficio (persone)</translation>
    </message>
    <message>
        <source>Harm (people)</source>
        <translation>Danno (persone)</translation>
    </message>
    <message>
        <source>Cost share %</source>
        <translation>Quota dei costi %</translation>
    </message>
    <message>
        <source>Cost share</source>
        <translation>Quota dei costi</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Difese</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <source>Show changes on map</source>
        <translation>Mostra le modifiche sulla mappa</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>B − A</source>
        <translation>B − A</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Rischio</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>Insieme</translation>
    </message>
    <message>
        <source>⚠ These results are {reason}.</source>
        <translation>⚠ Questi risultati sono {reason}.</translation>
    </message>
    <message>
        <source>{0}: {1} ha flooded, {2} m³, deepest {3} m</source>
        <translation>{0}: {1} ha allagati, {2} m³, tirante massimo {3} m</translation>
    </message>
    <message>
        <source>Gaps ({0}): {1} building(s) not reached in time, {2} people, in {3} jurisdiction(s)</source>
        <translation>Lacune ({0}): {1} edificio/i non raggiunti in tempo, {2} persone, in {3} ente/i</translation>
    </message>
    <message>
        <source>Run two scenarios to compare them.</source>
        <translation>Calcolare due scenari per confrontarli.</translation>
    </message>
    <message>
        <source>no building changes state</source>
        <translation>nessun edificio cambia stato</translation>
    </message>
    <message>
        <source>Buildings ({0}): {text}</source>
        <translation>Edifici ({0}): {text}</translation>
    </message>
</context>
<context>
    <name>DrawDefenseTool</name>
    <message>
        <source>A defense needs at least two vertices; click at least twice.</source>
        <translation>Una difesa richiede almeno due vertici; fare clic almeno due volte.</translation>
    </message>
</context>
<context>
    <name>ElevationPage</name>
    <message>
        <source>Elevation</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Add the elevation tiles or files (SRTM .hgt or .hgt.zip, GeoTIFF, …). Overlapping files are mosaicked in this order; give a vertical offset (m) to bring a file to the others&apos; datum.</source>
        <translation>Aggiungere le tessere o i file di quota (SRTM .hgt o .hgt.zip, GeoTIFF, …). I file sovrapposti sono uniti in quest&apos;ordine; uno scostamento verticale (m) porta un file al riferimento altimetrico degli altri.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Vertical offset (m)</source>
        <translation>Scostamento verticale (m)</translation>
    </message>
    <message>
        <source>The elevation files in priority order; edit an offset by typing in its cell</source>
        <translation>I file di quota in ordine di priorità; digitare uno scostamento nella sua cella</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>Choose one or more elevation files</source>
        <translation>Scegliere uno o più file di quota</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected file from the list</source>
        <translation>Rimuove dall&apos;elenco il file selezionato</translation>
    </message>
    <message>
        <source>Elevation files</source>
        <translation>File di quota</translation>
    </message>
</context>
<context>
    <name>EnsemblePane</name>
    <message>
        <source>Members: each draws which defenses fail in each event</source>
        <translation>Membri: ciascuno estrae quali difese cedono in ogni evento</translation>
    </message>
    <message>
        <source>The same seed gives the same result, on any number of workers</source>
        <translation>Lo stesso seme dà lo stesso risultato, con qualunque numero di processi</translation>
    </message>
    <message>
        <source>Worker processes of the local Dask cluster</source>
        <translation>Processi di calcolo del cluster Dask locale</translation>
    </message>
    <message>
        <source>local (or tcp://HOST:PORT)</source>
        <translation>locale (o tcp://HOST:PORTA)</translation>
    </message>
    <message>
        <source>Address of a running dask scheduler; empty: a local cluster</source>
        <translation>Indirizzo di uno scheduler Dask in esecuzione; vuoto: un cluster locale</translation>
    </message>
    <message>
        <source>Run ensemble</source>
        <translation>Calcola insieme</translation>
    </message>
    <message>
        <source>Scheme of:</source>
        <translation>Difese di:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membri:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seme:</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>Processi:</translation>
    </message>
    <message>
        <source>Scheduler:</source>
        <translation>Scheduler:</translation>
    </message>
    <message>
        <source>Defenses with fragility_median_m and fragility_beta may fail; press Run.</source>
        <translation>Le difese con fragility_median_m e fragility_beta possono cedere; premere Calcola.</translation>
    </message>
    <message>
        <source>Map of event:</source>
        <translation>Mappa dell&apos;evento:</translation>
    </message>
    <message>
        <source>T (years)</source>
        <translation>T (anni)</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Difesa</translation>
    </message>
    <message>
        <source>Load (m)</source>
        <translation>Carico (m)</translation>
    </message>
    <message>
        <source>Fragility %</source>
        <translation>Fragilità %</translation>
    </message>
    <message>
        <source>Failed in %</source>
        <translation>Ceduta nel %</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Ente territoriale</translation>
    </message>
    <message>
        <source>EAD mean</source>
        <translation>EAD medio</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>done: {0} members, {1} distinct flood states</source>
        <translation>fatto: {0} membri, {1} stati di piena distinti</translation>
    </message>
    <message>
        <source>{0}: {1} members (seed {2}) on {3} with {4} worker(s).{notes}</source>
        <translation>{0}: {1} membri (seme {2}) su {3} con {4} processo/i.{notes}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export map plate</source>
        <translation>Esporta tavola</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Impaginazione</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <source>ISO paper size of the plate</source>
        <translation>Formato carta ISO della tavola</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientamento:</translation>
    </message>
    <message>
        <source>Landscape (wide) or portrait (tall) page</source>
        <translation>Pagina orizzontale (larga) o verticale (alta)</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Risoluzione:</translation>
    </message>
    <message>
        <source>Dots per inch of a PNG, and of the flood image in PDF/SVG (300 for print)</source>
        <translation>Punti per pollice di un PNG, e dell&apos;immagine della piena in PDF/SVG (300 per la stampa)</translation>
    </message>
    <message>
        <source>Flood map</source>
        <translation>Mappa delle alluvioni</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>Title of the plate; empty gives &apos;Flood map&apos; in the chosen languages</source>
        <translation>Titolo della tavola; vuoto dà «Mappa delle alluvioni» nelle lingue scelte</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Sottotitolo:</translation>
    </message>
    <message>
        <source>Line under the title (e.g. the scenario and the meeting)</source>
        <translation>Riga sotto il titolo (p. es. lo scenario e la riunione)</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganizzazione:</translation>
    </message>
    <message>
        <source>Who made the plate (shown in the information block)</source>
        <translation>Chi ha prodotto la tavola (mostrato nel riquadro informativo)</translation>
    </message>
    <message>
        <source>Main language of every text on the plate</source>
        <translation>Lingua principale di tutti i testi della tavola</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <source>Second language shown beside the main one (e.g. the neighbour&apos;s)</source>
        <translation>Seconda lingua accanto alla principale (p. es. quella del vicino)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>e</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Lingue:</translation>
    </message>
    <message>
        <source>The plate&apos;s texts in one or two languages side by side</source>
        <translation>I testi della tavola in una o due lingue affiancate</translation>
    </message>
    <message>
        <source>Fit the map</source>
        <translation>Adatta la mappa</translation>
    </message>
    <message>
        <source>Fixed scale 1:</source>
        <translation>Scala fissa 1:</translation>
    </message>
    <message>
        <source>Fit the whole project (or atlas page) on the map, or print at an exact scale</source>
        <translation>Adatta tutto il progetto (o la pagina dell&apos;atlante) alla mappa, o stampa a una scala esatta</translation>
    </message>
    <message>
        <source>Scale denominator: 25,000 prints 1 cm on paper for 250 m on the ground</source>
        <translation>Denominatore di scala: 25.000 stampa 1 cm su carta per 250 m sul terreno</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>S&amp;cala:</translation>
    </message>
    <message>
        <source>Map scale</source>
        <translation>Scala della mappa</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>congiunto</translation>
    </message>
    <message>
        <source>national</source>
        <translation>nazionale</translation>
    </message>
    <message>
        <source>Response &amp;mode:</source>
        <translation>&amp;Modalità di soccorso:</translation>
    </message>
    <message>
        <source>Which coverage gaps the map shows: joint (cross-border help) or national (each country alone)</source>
        <translation>Quali lacune di copertura mostra la mappa: congiunto (aiuto transfrontaliero) o nazionale (ogni paese da solo)</translation>
    </message>
    <message>
        <source>Locator &amp;inset</source>
        <translation>Mappa di &amp;inquadramento</translation>
    </message>
    <message>
        <source>A small overview map showing where the plate lies</source>
        <translation>Una piccola mappa d&apos;insieme che mostra dove si trova la tavola</translation>
    </message>
    <message>
        <source>Summary &amp;table</source>
        <translation>&amp;Tabella riassuntiva</translation>
    </message>
    <message>
        <source>Per-country table of flooded and reached people (needs a scenario run)</source>
        <translation>Tabella per paese delle persone allagate e raggiunte (richiede il calcolo di uno scenario)</translation>
    </message>
    <message>
        <source>Service a&amp;reas</source>
        <translation>A&amp;ree di servizio</translation>
    </message>
    <message>
        <source>Draw the areas each resource reaches within its target time</source>
        <translation>Disegna le aree che ogni risorsa raggiunge entro il suo tempo obiettivo</translation>
    </message>
    <message>
        <source>&amp;Atlas: one page per jurisdiction (PDF)</source>
        <translation>&amp;Atlante: una pagina per ente (PDF)</translation>
    </message>
    <message>
        <source>Write a multi-page PDF with one plate fitted to each jurisdiction</source>
        <translation>Scrive un PDF di più pagine con una tavola adattata a ogni ente</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Anteprima</translation>
    </message>
    <message>
        <source>Save &amp;layout</source>
        <translation>Salva &amp;impaginazione</translation>
    </message>
    <message>
        <source>Keep these settings in the project (undoable) without exporting</source>
        <translation>Conserva queste impostazioni nel progetto (annullabile) senza esportare</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Esporta…</translation>
    </message>
    <message>
        <source>Choose a PDF, PNG or SVG file and write the plate in the background</source>
        <translation>Scegliere un file PDF, PNG o SVG e scrivere la tavola in background</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Close the dialog (a running export is cancelled)</source>
        <translation>Chiude la finestra (un&apos;esportazione in corso viene annullata)</translation>
    </message>
    <message>
        <source>No preview: {0}</source>
        <translation>Nessuna anteprima: {0}</translation>
    </message>
    <message>
        <source>Preview of the plate (low resolution); it follows every change</source>
        <translation>Anteprima della tavola (bassa risoluzione); segue ogni modifica</translation>
    </message>
    <message>
        <source>{0} {1}, {w:g} × {h:g} mm{atlas}</source>
        <translation>{0} {1}, {w:g} × {h:g} mm{atlas}</translation>
    </message>
    <message>
        <source>Layout saved in the project.</source>
        <translation>Impaginazione salvata nel progetto.</translation>
    </message>
    <message>
        <source>Export plate</source>
        <translation>Esporta tavola</translation>
    </message>
    <message>
        <source>Writing the {what} to {path}…</source>
        <translation>Scrittura di {what} in {path}…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <source>Written: {0}{pages}</source>
        <translation>Scritto: {0}{pages}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>Export cancelled; the file may be incomplete and should not be used.</source>
        <translation>Esportazione annullata; il file può essere incompleto e non va usato.</translation>
    </message>
</context>
<context>
    <name>FloodKind</name>
    <message>
        <source>level</source>
        <translation>livello</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profilo</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>dinamica</translation>
    </message>
</context>
<context>
    <name>FrameModel</name>
    <message>
        <source>Edit {col} of</source>
        <translation>Modifica {col} di</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Layers</source>
        <translation>Livelli</translation>
    </message>
    <message>
        <source>Layers, top first. Tick to show; drag to change the drawing order; right-click for more.</source>
        <translation>Livelli, il più alto per primo. Spuntare per mostrare; trascinare per cambiare l&apos;ordine di disegno; clic destro per altro.</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacità</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>Opacità del livello selezionato</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Colore…</translation>
    </message>
    <message>
        <source>Colour of the selected layer</source>
        <translation>Colore del livello selezionato</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <source>Add a layer from a file (or drop files on the window)</source>
        <translation>Aggiunge un livello da un file (o trascinare i file sulla finestra)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected layer (undoable)</source>
        <translation>Rimuove il livello selezionato (annullabile)</translation>
    </message>
    <message>
        <source>Zoom to</source>
        <translation>Zoom su</translation>
    </message>
    <message>
        <source>Zoom the map to the selected layer</source>
        <translation>Zooma la mappa sul livello selezionato</translation>
    </message>
    <message>
        <source>Run outputs</source>
        <translation>Risultati del calcolo</translation>
    </message>
    <message>
        <source>The outputs of the shown run; tick to show on the map</source>
        <translation>I risultati del calcolo mostrato; spuntare per mostrarli sulla mappa</translation>
    </message>
    <message>
        <source>Opacity of the selected run output</source>
        <translation>Opacità del risultato selezionato</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Zoom sul livello</translation>
    </message>
    <message>
        <source>Open attribute table</source>
        <translation>Apri la tabella attributi</translation>
    </message>
    <message>
        <source>Change colour…</source>
        <translation>Cambia colore…</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Rimuovi livello</translation>
    </message>
</context>
<context>
    <name>LegendDock</name>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>What the symbols and colours on the map mean</source>
        <translation>Che cosa significano i simboli e i colori della mappa</translation>
    </message>
</context>
<context>
    <name>LogKind</name>
    <message>
        <source>note</source>
        <extracomment>Wall-clock time (ms) between two automatic steps while playing. Decision kinds the facilitator can log (a note changes nothing). The kinds of log entry as the Kind box shows them (for lupdate; the codes are the exercise&apos;s data).</extracomment>
        <translation>nota</translation>
    </message>
    <message>
        <source>send_resource</source>
        <translation>invia risorsa</translation>
    </message>
    <message>
        <source>move_resource</source>
        <translation>sposta risorsa</translation>
    </message>
    <message>
        <source>out_of_service</source>
        <translation>fuori servizio</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>History</source>
        <extracomment>Start-up: the results, exercise and versions docks are built at the latest this long (ms) after the first docks, when the live flood is not shown before (no scenario, a dynamic flood).</extracomment>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>&lt;project opened&gt;</source>
        <translation>&lt;progetto aperto&gt;</translation>
    </message>
    <message>
        <source>Every edit, oldest first; click a line to go back to it</source>
        <translation>Ogni modifica, la più vecchia per prima; fare clic su una riga per tornarci</translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation>nessun SR</translation>
    </message>
    <message>
        <source>Map: tabletop exercise (run results hidden)</source>
        <translation>Mappa: esercitazione per posti di comando (risultati nascosti)</translation>
    </message>
    <message>
        <source>Exercise T+{0:02d}:{1:02d} — {2} road piece(s) closed</source>
        <translation>Esercitazione T+{0:02d}:{1:02d} — {2} tratto/i di strada chiuso/i</translation>
    </message>
    <message>
        <source>Results out of date: {0}</source>
        <translation>Risultati non aggiornati: {0}</translation>
    </message>
    <message>
        <source>Coverage updated for your last edit</source>
        <translation>Copertura aggiornata per l&apos;ultima modifica</translation>
    </message>
    <message>
        <source>Results: {0} — updating coverage…</source>
        <translation>Risultati: {0} — aggiornamento della copertura…</translation>
    </message>
    <message>
        <source>Results: {0}{hidden}</source>
        <translation>Risultati: {0}{hidden}</translation>
    </message>
    <message>
        <source>Results {reason}</source>
        <translation>Risultati {reason}</translation>
    </message>
    <message>
        <source>{0}[*] — floodplan</source>
        <translation>{0}[*] — floodplan</translation>
    </message>
    <message>
        <source>doing &apos;{0}&apos;</source>
        <translation>durante «{0}»</translation>
    </message>
    <message>
        <source>Nothing selected to delete.</source>
        <translation>Nulla di selezionato da eliminare.</translation>
    </message>
    <message>
        <source>set its crest, type, owner and cost in the Properties panel.</source>
        <translation>impostare quota di coronamento, tipo, proprietario e costo nel pannello Proprietà.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Apri progetto</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Aperto {0}</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Salva progetto come</translation>
    </message>
    <message>
        <source>{0} Overwrite it with this version?</source>
        <translation>{0} Sovrascriverlo con questa versione?</translation>
    </message>
    <message>
        <source>Not saved: {0} changed on disk</source>
        <translation>Non salvato: {0} è cambiato sul disco</translation>
    </message>
    <message>
        <source>saving {path}</source>
        <translation>durante il salvataggio di {path}</translation>
    </message>
    <message>
        <source>Saved {target}</source>
        <translation>Salvato {target}</translation>
    </message>
    <message>
        <source>floodplan</source>
        <translation>floodplan</translation>
    </message>
    <message>
        <source>{0} has unsaved changes. Save them?</source>
        <translation>{0} ha modifiche non salvate. Salvarle?</translation>
    </message>
    <message>
        <source>Add layers</source>
        <translation>Aggiungi livelli</translation>
    </message>
    <message>
        <source>Added {0}</source>
        <translation>Aggiunto {0}</translation>
    </message>
    <message>
        <source>{0} could not be read ({first}); the project is unchanged. Details are in {1}.</source>
        <translation>Impossibile leggere {0} ({first}); il progetto non è cambiato. I dettagli sono in {1}.</translation>
    </message>
    <message>
        <source>Autosaved a recovery copy at {0}</source>
        <translation>Copia di ripristino salvata automaticamente alle {0}</translation>
    </message>
    <message>
        <source>floodplan stopped unexpectedly last time; it had no unsaved changes to recover. What happened is in the log {log_file} (Help &gt; Show log folder).</source>
        <translation>floodplan si è chiuso inaspettatamente l&apos;ultima volta; non c&apos;erano modifiche non salvate da recuperare. Cosa è successo è nel registro {log_file} (Aiuto &gt; Mostra cartella del registro).</translation>
    </message>
    <message>
        <source>{how}; changes to {name} autosaved at {when} were kept. Recover them?</source>
        <translation>{how}; le modifiche a {name} salvate automaticamente alle {when} sono state conservate. Recuperarle?</translation>
    </message>
    <message>
        <source>Cursor position in the project&apos;s working CRS (m)</source>
        <translation>Posizione del cursore nel SR di lavoro del progetto (m)</translation>
    </message>
    <message>
        <source>Cursor position in longitude and latitude (WGS 84)</source>
        <translation>Posizione del cursore in longitudine e latitudine (WGS 84)</translation>
    </message>
    <message>
        <source>Map scale on this screen</source>
        <translation>Scala della mappa su questo schermo</translation>
    </message>
    <message>
        <source>Which results the map and the Results panel show, and whether they are current</source>
        <translation>Quali risultati mostrano la mappa e il pannello Risultati, e se sono aggiornati</translation>
    </message>
    <message>
        <source>{x:,.1f} E  {y:,.1f} N</source>
        <translation>{x:,.1f} E  {y:,.1f} N</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Nuovo progetto</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Inizia un progetto vuoto</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>Open a floodplan project (.gpkg)</source>
        <translation>Apre un progetto floodplan (.gpkg)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Salva il progetto</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salva &amp;come…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>Salva il progetto con un altro nome</translation>
    </message>
    <message>
        <source>&amp;Add layer…</source>
        <translation>Aggiungi &amp;livello…</translation>
    </message>
    <message>
        <source>Add layers from GIS files (or drop files on the window)</source>
        <translation>Aggiunge livelli da file GIS (o trascinare i file sulla finestra)</translation>
    </message>
    <message>
        <source>New project from &amp;public data…</source>
        <translation>Nuovo progetto da dati &amp;pubblici…</translation>
    </message>
    <message>
        <source>Build a project from elevation tiles and an OpenStreetMap extract</source>
        <translation>Costruisce un progetto da tessere di quota e un estratto OpenStreetMap</translation>
    </message>
    <message>
        <source>&amp;Export map plate…</source>
        <translation>&amp;Esporta tavola…</translation>
    </message>
    <message>
        <source>A map plate for a joint meeting (PDF, PNG or SVG, A4–A0, two languages)</source>
        <translation>Una tavola per una riunione congiunta (PDF, PNG o SVG, A4–A0, due lingue)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Esporta &amp;rapporto…</translation>
    </message>
    <message>
        <source>The scenario report (HTML or PDF) with its tables as CSV and GeoPackage</source>
        <translation>Il rapporto dello scenario (HTML o PDF) con le tabelle come CSV e GeoPackage</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Close floodplan</source>
        <translation>Chiude floodplan</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Impos&amp;tazioni…</translation>
    </message>
    <message>
        <source>The interface language and the autosave interval</source>
        <translation>La lingua dell&apos;interfaccia e l&apos;intervallo di salvataggio automatico</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Elimina selezione</translation>
    </message>
    <message>
        <source>Delete the selected feature</source>
        <translation>Elimina l&apos;elemento selezionato</translation>
    </message>
    <message>
        <source>Zoom to &amp;everything</source>
        <translation>Zoom su &amp;tutto</translation>
    </message>
    <message>
        <source>Show every layer</source>
        <translation>Mostra tutti i livelli</translation>
    </message>
    <message>
        <source>Zoom to &amp;layer</source>
        <translation>Zoom sul &amp;livello</translation>
    </message>
    <message>
        <source>Show the layer selected in the Layers panel</source>
        <translation>Mostra il livello selezionato nel pannello Livelli</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avanti</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avanti</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;indietro</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom indietro</translation>
    </message>
    <message>
        <source>Open &amp;attribute table</source>
        <translation>Apri la &amp;tabella attributi</translation>
    </message>
    <message>
        <source>List the selected layer&apos;s features</source>
        <translation>Elenca gli elementi del livello selezionato</translation>
    </message>
    <message>
        <source>&amp;Run scenario</source>
        <translation>&amp;Calcola scenario</translation>
    </message>
    <message>
        <source>Run the scenario shown in the Scenario panel (in the background; Cancel stops it)</source>
        <translation>Calcola lo scenario mostrato nel pannello Scenario (in background; Annulla lo ferma)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Annulla calcolo</translation>
    </message>
    <message>
        <source>Stop the running scenario after its current step; nothing is changed</source>
        <translation>Ferma lo scenario in corso dopo il passo attuale; nulla viene modificato</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Mostra cartella del &amp;registro</translation>
    </message>
    <message>
        <source>Open the folder of floodplan&apos;s log file (what to send with a bug report)</source>
        <translation>Apre la cartella del file di registro di floodplan (da inviare con una segnalazione di errore)</translation>
    </message>
    <message>
        <source>How to plan a joint &amp;defense</source>
        <translation>Come pianificare una &amp;difesa comune</translation>
    </message>
    <message>
        <source>A short step-by-step guide</source>
        <translation>Una breve guida passo per passo</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Elenca le scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About floodplan</source>
        <translation>&amp;Informazioni su floodplan</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Versione e licenze</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Annulla l&apos;ultima modifica (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>Redo the last undone edit (Ctrl+Shift+Z)</source>
        <translation>Ripete l&apos;ultima modifica annullata (Ctrl+Maiusc+Z)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Pannelli</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Calcolo</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigazione</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Kind of resource the Place resource tool puts on the map</source>
        <translation>Tipo di risorsa che lo strumento «Posiziona risorsa» mette sulla mappa</translation>
    </message>
    <message>
        <source>No scenario to run: add one in the Scenario panel.</source>
        <translation>Nessuno scenario da calcolare: aggiungerne uno nel pannello Scenario.</translation>
    </message>
    <message>
        <source>A run is already going; Shift+F5 cancels it.</source>
        <translation>Un calcolo è già in corso; Maiusc+F5 lo annulla.</translation>
    </message>
</context>
<context>
    <name>MapTool</name>
    <message>
        <source>Tool</source>
        <translation>Strumento</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Sposta mappa</translation>
    </message>
    <message>
        <source>Pan the map by dragging (Shift+drag zooms to a box; the wheel zooms at the cursor)</source>
        <translation>Spostare la mappa trascinando (Maiusc+trascinamento zooma su un rettangolo; la rotella zooma al cursore)</translation>
    </message>
    <message>
        <source>Zoom to box</source>
        <translation>Zoom su rettangolo</translation>
    </message>
    <message>
        <source>Drag a box to zoom to it; click to zoom in, right-click to zoom out</source>
        <translation>Tracciare un rettangolo per zoomare su di esso; clic per avvicinare, clic destro per allontanare</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identifica</translation>
    </message>
    <message>
        <source>Click a feature to see its attributes</source>
        <translation>Fare clic su un elemento per vederne gli attributi</translation>
    </message>
    <message>
        <source>Select / move</source>
        <translation>Seleziona / sposta</translation>
    </message>
    <message>
        <source>Click a feature to select it; drag a selected defense or resource to move it; Delete removes it</source>
        <translation>Fare clic su un elemento per selezionarlo; trascinare una difesa o una risorsa selezionata per spostarla; Canc la elimina</translation>
    </message>
    <message>
        <source>Draw defense</source>
        <translation>Disegna difesa</translation>
    </message>
    <message>
        <source>Draw a levee, wall or mobile barrier: click its vertices (they snap to existing defenses), double-click or press Enter to finish, Esc to cancel</source>
        <translation>Disegnare un argine, un muro o una barriera mobile: fare clic sui vertici (si agganciano alle difese esistenti), doppio clic o Invio per finire, Esc per annullare</translation>
    </message>
    <message>
        <source>Edit vertices</source>
        <translation>Modifica vertici</translation>
    </message>
    <message>
        <source>Reshape the selected defense: drag a vertex, double-click a segment to add one, right-click a vertex to remove it</source>
        <translation>Rimodellare la difesa selezionata: trascinare un vertice, doppio clic su un segmento per aggiungerne uno, clic destro su un vertice per toglierlo</translation>
    </message>
    <message>
        <source>Place resource</source>
        <translation>Posiziona risorsa</translation>
    </message>
    <message>
        <source>Click to place a resource (fire, ambulance, rescue, pump, shelter, hospital) of the chosen kind</source>
        <translation>Fare clic per posizionare una risorsa (vigili del fuoco, ambulanza, soccorso, pompa, ricovero, ospedale) del tipo scelto</translation>
    </message>
    <message>
        <source>Mark breach</source>
        <translation>Segna rotta</translation>
    </message>
    <message>
        <source>Click a defense to mark it breached (failing) in the active scenario; click again to undo the mark</source>
        <translation>Fare clic su una difesa per segnarla rotta (in cedimento) nello scenario attivo; un altro clic toglie il segno</translation>
    </message>
</context>
<context>
    <name>NewProjectWizard</name>
    <message>
        <source>New project from public data</source>
        <translation>Nuovo progetto da dati pubblici</translation>
    </message>
    <message>
        <source>Build and save the project</source>
        <translation>Costruisce e salva il progetto</translation>
    </message>
    <message>
        <source>Stop building (nothing is written) or close the wizard</source>
        <translation>Ferma la costruzione (nulla viene scritto) o chiude la procedura guidata</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuovo progetto</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>annullato; nulla è stato scritto</translation>
    </message>
</context>
<context>
    <name>Orientation</name>
    <message>
        <source>landscape</source>
        <extracomment>Dots per inch of the preview: enough to read the layout, cheap enough to redraw in ~0.3 s. Quiet time (ms) after the last change before the preview is redrawn. The page orientations as the Orientation box shows them (for lupdate; the codes are the layout&apos;s data).</extracomment>
        <translation>orizzontale</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>verticale</translation>
    </message>
</context>
<context>
    <name>OsmPage</name>
    <message>
        <source>OpenStreetMap (optional)</source>
        <translation>OpenStreetMap (facoltativo)</translation>
    </message>
    <message>
        <source>An OpenStreetMap extract (.osm.pbf) gives the buildings, roads, rivers, borders and stations. Leave it empty for a project with the elevation only.</source>
        <translation>Un estratto OpenStreetMap (.osm.pbf) fornisce edifici, strade, fiumi, confini e caserme. Lasciarlo vuoto per un progetto con la sola quota.</translation>
    </message>
    <message>
        <source>e.g. andorra.osm.pbf (optional)</source>
        <translation>p. es. andorra.osm.pbf (facoltativo)</translation>
    </message>
    <message>
        <source>Path of the OpenStreetMap extract</source>
        <translation>Percorso dell&apos;estratto OpenStreetMap</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Choose the OpenStreetMap extract</source>
        <translation>Scegliere l&apos;estratto OpenStreetMap</translation>
    </message>
    <message>
        <source>&amp;Extract:</source>
        <translation>&amp;Estratto:</translation>
    </message>
    <message>
        <source>OpenStreetMap extract</source>
        <translation>Estratto OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>ProgressWidget</name>
    <message>
        <source>Cancel</source>
        <extracomment>Jobs whose thread is still running; holding them here keeps Python from deleting a running QThread when the caller drops its reference (which would abort the process). Seconds between two progress signals at most (20 Hz): the GUI never needs more, and every queued signal costs the GUI thread an event; the engine may report as often as it likes. Emitted in the GUI thread after everything else of the job (its on_finished callback included): what tests and scripts wait on, instead of polling for a state with a timeout. Steps of the bar (the fraction is shown to 0.1 %).</extracomment>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop the run after its current step; nothing is changed</source>
        <translation>Ferma il calcolo dopo il passo attuale; nulla viene modificato</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>avvio…</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>annullamento…</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Proprietà</translation>
    </message>
    <message>
        <source>Nothing selected. Use Identify or Select on the map.</source>
        <translation>Nulla di selezionato. Usare Identifica o Seleziona sulla mappa.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attributo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>All attributes of the selected feature</source>
        <translation>Tutti gli attributi dell&apos;elemento selezionato</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Difesa</translation>
    </message>
    <message>
        <source>The defense&apos;s id (scenarios name breaches by it)</source>
        <translation>L&apos;identificativo della difesa (gli scenari chiamano le rotte con esso)</translation>
    </message>
    <message>
        <source>Crest elevation (m)</source>
        <translation>Quota di coronamento (m)</translation>
    </message>
    <message>
        <source>Height above ground (m)</source>
        <translation>Altezza dal suolo (m)</translation>
    </message>
    <message>
        <source>Give the crest as an elevation (same datum as the DEM) or as a height above the ground</source>
        <translation>Indicare il coronamento come quota (stesso riferimento del DEM) o come altezza dal suolo</translation>
    </message>
    <message>
        <source>levee (earth bank), wall (flood wall) or mobile (demountable barrier)</source>
        <translation>levee (argine in terra), wall (muro di difesa) o mobile (barriera smontabile)</translation>
    </message>
    <message>
        <source>existing: built; planned: built only in scenarios that include planned defenses</source>
        <translation>existing: costruita; planned: costruita solo negli scenari che includono le difese previste</translation>
    </message>
    <message>
        <source>The jurisdiction that owns (and pays for) the defense</source>
        <translation>L&apos;ente proprietario della difesa (che la paga)</translation>
    </message>
    <message>
        <source>Cost in currency units (split between jurisdictions by benefit in the appraisal)</source>
        <translation>Costo in unità monetarie (ripartito tra gli enti secondo il beneficio nella valutazione)</translation>
    </message>
    <message>
        <source>Breached in the active scenario</source>
        <translation>Rotta nello scenario attivo</translation>
    </message>
    <message>
        <source>A breached defense is left out of the terrain in the active scenario</source>
        <translation>Una difesa rotta è tolta dal terreno nello scenario attivo</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identificativo</translation>
    </message>
    <message>
        <source>Crest given as</source>
        <translation>Coronamento indicato come</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Ente territoriale</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Risorsa</translation>
    </message>
    <message>
        <source>People it can take (shelters, hospitals)</source>
        <translation>Persone che può accogliere (ricoveri, ospedali)</translation>
    </message>
    <message>
        <source>Serves across the border</source>
        <translation>Opera oltre confine</translation>
    </message>
    <message>
        <source>Joint mode: cross-border resources serve and travel in both countries</source>
        <translation>Modalità congiunta: le risorse transfrontaliere operano e circolano in entrambi i paesi</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In servizio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capienza</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Apply the changes (one undoable edit)</source>
        <translation>Applica le modifiche (una modifica annullabile)</translation>
    </message>
    <message>
        <source>Zoom to</source>
        <translation>Zoom su</translation>
    </message>
    <message>
        <source>&lt;b&gt;{layer}&lt;/b&gt; — feature {fid} ({0})</source>
        <translation>&lt;b&gt;{layer}&lt;/b&gt; — elemento {fid} ({0})</translation>
    </message>
    <message>
        <source>Breached in scenario &apos;{0}&apos;</source>
        <translation>Rotta nello scenario «{0}»</translation>
    </message>
    <message>
        <source>Breached (add a scenario first)</source>
        <translation>Rotta (aggiungere prima uno scenario)</translation>
    </message>
    <message>
        <source>Converted with the mean ground under the line, {ground:.2f} m; Apply to keep it</source>
        <translation>Convertito con il terreno medio sotto la linea, {ground:.2f} m; Applica per conservarlo</translation>
    </message>
    <message>
        <source>No DEM under the line: check the value before you Apply</source>
        <translation>Nessun DEM sotto la linea: controllare il valore prima di applicare</translation>
    </message>
    <message>
        <source>Edit {what} {0}</source>
        <translation>Modifica {what} {0}</translation>
    </message>
</context>
<context>
    <name>RiskPane</name>
    <message>
        <source>Compute risk</source>
        <translation>Calcola rischio</translation>
    </message>
    <message>
        <source>Damage over the project&apos;s hq&lt;N&gt; floods, EAD per jurisdiction, and each defense&apos;s Shapley benefit, BCR and cost shares</source>
        <translation>Danni per le piene hq&lt;N&gt; del progetto, EAD per ente e, per ogni difesa, beneficio di Shapley, BCR e quote dei costi</translation>
    </message>
    <message>
        <source>Scheme of:</source>
        <translation>Difese di:</translation>
    </message>
    <message>
        <source>Press Compute risk.</source>
        <translation>Premere Calcola rischio.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>EAD (EUR/yr)</source>
        <translation>EAD (EUR/anno)</translation>
    </message>
    <message>
        <source>EAP (people/yr)</source>
        <translation>EAP (persone/anno)</translation>
    </message>
    <message>
        <source>EAD without</source>
        <translation>EAD senza</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Difesa</translation>
    </message>
    <message>
        <source>Benefit (EUR/yr)</source>
        <translation>Beneficio (EUR/anno)</translation>
    </message>
    <message>
        <source>BCR</source>
        <translation>BCR</translation>
    </message>
    <message>
        <source>NPV (EUR)</source>
        <translation>VAN (EUR)</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Ente territoriale</translation>
    </message>
    <message>
        <source>Avoided (EUR/yr)</source>
        <translation>Evitato (EUR/anno)</translation>
    </message>
    <message>
        <source>Cost share %</source>
        <translation>Quota dei costi %</translation>
    </message>
    <message>
        <source>Harm (EUR/yr)</source>
        <translation>Danno (EUR/anno)</translation>
    </message>
    <message>
        <source>done: {0} floods, Shapley values {1}</source>
        <translation>fatto: {0} piene, valori di Shapley {1}</translation>
    </message>
    <message>
        <source>{0}: EAD {1:,.0f} EUR/year, EAP {2:.1f} people/year; the defenses avoid {3:,.0f} EUR/year (curves: JRC Europe, 2010 EUR).{notes}</source>
        <translation>{0}: EAD {1:,.0f} EUR/anno, EAP {2:.1f} persone/anno; le difese evitano {3:,.0f} EUR/anno (curve: JRC Europa, EUR del 2010).{notes}</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Where to save the new project. Finish builds it (this can take a minute).</source>
        <translation>Dove salvare il nuovo progetto. Fine lo costruisce (può richiedere un minuto).</translation>
    </message>
    <message>
        <source>e.g. valley.gpkg</source>
        <translation>p. es. valle.gpkg</translation>
    </message>
    <message>
        <source>The new project file (a GeoPackage, .gpkg)</source>
        <translation>Il nuovo file di progetto (un GeoPackage, .gpkg)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>Choose where to save the project</source>
        <translation>Scegliere dove salvare il progetto</translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translation>File di &amp;progetto:</translation>
    </message>
    <message>
        <source>Save new project</source>
        <translation>Salva nuovo progetto</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <source>Save version</source>
        <translation>Salva versione</translation>
    </message>
    <message>
        <source>what was decided, at which meeting</source>
        <translation>che cosa è stato deciso, e in quale riunione</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Scenario</source>
        <extracomment>Layer roles whose edits change the flood the preview shows (defenses are burned into the DEM; profile points set a profile flood&apos;s surface). Flood kinds with a live slider.</extracomment>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>The scenario to edit and run</source>
        <extracomment>called with the scenario&apos;s name when the user shows another scenario</extracomment>
        <translation>Lo scenario da modificare e calcolare</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovo</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplica</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Piena</translation>
    </message>
    <message>
        <source>level: a flat water level; profile: levels along the river; volume: the water held</source>
        <translation>livello: un pelo libero orizzontale; profilo: livelli lungo il fiume; volume: l&apos;acqua trattenuta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Water level</source>
        <translation>Livello idrico</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Profile layer</source>
        <translation>Livello del profilo</translation>
    </message>
    <message>
        <source>Profile flood</source>
        <translation>Piena del profilo</translation>
    </message>
    <message>
        <source>Drag to preview the flood at another level, volume or profile offset; the scenario is not changed unless you keep the preview</source>
        <translation>Trascinare per vedere in anteprima la piena a un altro livello, volume o scostamento del profilo; lo scenario cambia solo se si conserva l&apos;anteprima</translation>
    </message>
    <message>
        <source>Live flood</source>
        <translation>Piena dal vivo</translation>
    </message>
    <message>
        <source>Keep in this scenario</source>
        <translation>Conserva</translation>
    </message>
    <message>
        <source>Make the previewed flood this scenario&apos;s flood (one undoable edit)</source>
        <translation>Rende la piena in anteprima la piena di questo scenario (una modifica annullabile)</translation>
    </message>
    <message>
        <source>Save as new scenario…</source>
        <translation>Come nuovo scenario…</translation>
    </message>
    <message>
        <source>A copy of this scenario with the previewed flood (undoable)</source>
        <translation>Una copia di questo scenario con la piena in anteprima (annullabile)</translation>
    </message>
    <message>
        <source>Back to the scenario</source>
        <translation>Torna allo scenario</translation>
    </message>
    <message>
        <source>Show this scenario&apos;s own flood again</source>
        <translation>Mostra di nuovo la piena propria di questo scenario</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Soccorso</translation>
    </message>
    <message>
        <source>joint: cross-border resources serve both sides; national: each country alone</source>
        <translation>congiunto: le risorse transfrontaliere servono entrambi i lati; nazionale: ogni paese da solo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Roads under deeper water than this are impassable for response vehicles (kinds without their own limit below, resources without max_wading_m)</source>
        <translation>Le strade sotto acqua più profonda sono impraticabili per i mezzi di soccorso (tipi senza un proprio limite qui sotto, risorse senza max_wading_m)</translation>
    </message>
    <message>
        <source>Wading limit</source>
        <translation>Limite di guado</translation>
    </message>
    <message>
        <source>Wading limit per kind</source>
        <translation>Limite di guado per tipo</translation>
    </message>
    <message>
        <source>Water a boat needs: boats move only through cells at least this deep</source>
        <translation>Acqua necessaria a una barca: le barche passano solo per celle almeno così profonde</translation>
    </message>
    <message>
        <source>Boat draft</source>
        <translation>Pescaggio delle barche</translation>
    </message>
    <message>
        <source>Resources and buildings farther than this from the nearest road are unreachable (a project setting, for every scenario)</source>
        <translation>Risorse ed edifici più lontani di così dalla strada più vicina sono irraggiungibili (un&apos;impostazione del progetto, per tutti gli scenari)</translation>
    </message>
    <message>
        <source>Max distance to a road</source>
        <translation>Distanza massima da una strada</translation>
    </message>
    <message>
        <source>Target minutes</source>
        <translation>Tempi obiettivo (minuti)</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Difese</translation>
    </message>
    <message>
        <source>Include planned defenses</source>
        <translation>Includi le difese previste</translation>
    </message>
    <message>
        <source>Unticked defenses are breached (left out of the terrain)</source>
        <translation>Le difese non spuntate sono rotte (tolte dal terreno)</translation>
    </message>
    <message>
        <source>Run scenario</source>
        <translation>Calcola scenario</translation>
    </message>
    <message>
        <source>The project has no scenario: press New to add one.</source>
        <translation>Il progetto non ha scenari: premere Nuovo per aggiungerne uno.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>other kinds</source>
        <translation>altri tipi</translation>
    </message>
    <message>
        <source>Water a {kind} vehicle drives through (a boat: its trailer); a resource&apos;s max_wading_m overrides it</source>
        <translation>Acqua che un mezzo di tipo {kind} attraversa (una barca: il suo carrello); il max_wading_m di una risorsa ha la precedenza</translation>
    </message>
    <message>
        <source>{0} (planned)</source>
        <translation>{0} (prevista)</translation>
    </message>
    <message>
        <source>Scenario name:</source>
        <translation>Nome dello scenario:</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nuovo scenario</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Duplica scenario</translation>
    </message>
    <message>
        <source>preparing the live flood…</source>
        <translation>preparazione della piena dal vivo…</translation>
    </message>
    <message>
        <source>Live flood unavailable: {0}</source>
        <translation>Piena dal vivo non disponibile: {0}</translation>
    </message>
    <message>
        <source>Save previewed flood as a scenario</source>
        <translation>Salva la piena in anteprima come scenario</translation>
    </message>
    <message>
        <source>A {0} flood shows on the map after Run.</source>
        <translation>Una piena di tipo {0} compare sulla mappa dopo il calcolo.</translation>
    </message>
    <message>
        <source>{label}: {0:,.1f} ha flooded, deepest {1:.2f} m{note}</source>
        <translation>{label}: {0:,.1f} ha allagati, tirante massimo {1:.2f} m{note}</translation>
    </message>
    <message>
        <source>Running {0}…</source>
        <translation>Calcolo di {0}…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annullato; nulla è stato modificato.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>Gaps ({mode}, {0}): {1} building(s), {2:,.0f} people not reached in time</source>
        <translation>Lacune ({mode}, {0}): {1} edificio/i, {2:,.0f} persone non raggiunte in tempo</translation>
    </message>
</context>
<context>
    <name>SchemePane</name>
    <message>
        <source>Whose defenses make the scheme (the scenario&apos;s flood is not used)</source>
        <extracomment>Events as ``T=FLOOD,…`` (None: the project&apos;s hq&lt;N&gt; profile floods).</extracomment>
        <translation>Di chi sono le difese che formano lo schema (la piena dello scenario non è usata)</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation>annullato; nulla è stato modificato</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Lingua di sistema</translation>
    </message>
    <message>
        <source>The language of menus, panels and messages; &apos;floodplan --lang CODE&apos; overrides it</source>
        <translation>La lingua di menu, pannelli e messaggi; «floodplan --lang CODICE» ha la precedenza</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between recovery copies of a project with unsaved changes</source>
        <translation>Minuti tra copie di ripristino di un progetto con modifiche non salvate</translation>
    </message>
    <message>
        <source>Autosave every</source>
        <translation>Salvataggio automatico ogni</translation>
    </message>
    <message>
        <source>A new language applies when floodplan starts next.</source>
        <translation>Una nuova lingua vale dal prossimo avvio di floodplan.</translation>
    </message>
</context>
<context>
    <name>TabletopDock</name>
    <message>
        <source>Tabletop exercise</source>
        <translation>Esercitazione per posti di comando</translation>
    </message>
    <message>
        <source>The scenario whose tabletop exercise to run</source>
        <extracomment>True once the facilitator started, stepped or reset the exercise: only then is it on the map</extracomment>
        <translation>Lo scenario di cui svolgere l&apos;esercitazione per posti di comando</translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>&amp;Esercitazione:</translation>
    </message>
    <message>
        <source>Local inertial (LISFLOOD-FP)</source>
        <translation>Inerziale locale (LISFLOOD-FP)</translation>
    </message>
    <message>
        <source>Full momentum (with advection)</source>
        <translation>Quantità di moto completa (con avvezione)</translation>
    </message>
    <message>
        <source>The flood model&apos;s momentum equation. Local inertial is the standard for floodplains; full momentum keeps the convective term and brings fast, shallow fronts over smooth ground in on time (about twice the computing time). Changing it restarts the exercise (undoable).</source>
        <translation>L&apos;equazione della quantità di moto del modello di piena. L&apos;inerziale locale è lo standard per le aree golenali; l&apos;equazione completa conserva il termine convettivo e fa arrivare in tempo i fronti rapidi e poco profondi su terreno liscio (circa il doppio del tempo di calcolo). Cambiarla riavvia l&apos;esercitazione (annullabile).</translation>
    </message>
    <message>
        <source>Flood &amp;model:</source>
        <translation>&amp;Modello di piena:</translation>
    </message>
    <message>
        <source>Exercise time since the start (T+hh:mm) and the clock time in the exercise</source>
        <translation>Tempo dell&apos;esercitazione dall&apos;inizio (T+hh:mm) e l&apos;ora nell&apos;esercitazione</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Avvia</translation>
    </message>
    <message>
        <source>Run the exercise step by step on its own; press again to pause</source>
        <translation>Fa avanzare da sola l&apos;esercitazione passo per passo; premere di nuovo per mettere in pausa</translation>
    </message>
    <message>
        <source>+{m} min</source>
        <translation>+{m} min</translation>
    </message>
    <message>
        <source>Advance the exercise by {m} minutes</source>
        <translation>Avanza l&apos;esercitazione di {m} minuti</translation>
    </message>
    <message>
        <source>Minutes since the start to jump to (forward only: the flood cannot run back)</source>
        <translation>Minuti dall&apos;inizio a cui saltare (solo in avanti: la piena non può tornare indietro)</translation>
    </message>
    <message>
        <source>&amp;Jump</source>
        <translation>&amp;Salta</translation>
    </message>
    <message>
        <source>Advance the exercise to the minute on the left</source>
        <translation>Avanza l&apos;esercitazione fino al minuto a sinistra</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Ricomincia</translation>
    </message>
    <message>
        <source>Start the exercise again from minute 0 (the decision log is kept)</source>
        <translation>Ricomincia l&apos;esercitazione dal minuto 0 (il registro delle decisioni resta)</translation>
    </message>
    <message>
        <source>Jump &amp;to:</source>
        <translation>Salta &amp;a:</translation>
    </message>
    <message>
        <source>Coverage now (people reached in time)</source>
        <translation>Copertura ora (persone raggiunte in tempo)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Popolazione</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Coperti</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Non raggiunti</translation>
    </message>
    <message>
        <source>Covered %</source>
        <translation>Coperti %</translation>
    </message>
    <message>
        <source>Per country and response mode, at the exercise&apos;s current time</source>
        <translation>Per paese e modalità di soccorso, al tempo attuale dell&apos;esercitazione</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Inject</translation>
    </message>
    <message>
        <source>Injects as they fall due; the newest are highlighted</source>
        <translation>Inject man mano che scadono; i più recenti sono evidenziati</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisioni</translation>
    </message>
    <message>
        <source>Scripted decisions that have fallen due; apply one when the teams take it</source>
        <translation>Decisioni previste giunte a scadenza; applicarne una quando le squadre la prendono</translation>
    </message>
    <message>
        <source>Due (scripted):</source>
        <translation>In scadenza (previste):</translation>
    </message>
    <message>
        <source>&amp;Apply decision</source>
        <translation>&amp;Applica decisione</translation>
    </message>
    <message>
        <source>Apply the selected scripted decision in the exercise now (undoable); the plan is unchanged</source>
        <translation>Applica ora nell&apos;esercitazione la decisione prevista selezionata (annullabile); il piano non cambia</translation>
    </message>
    <message>
        <source>What was decided or observed</source>
        <translation>Che cosa è stato deciso o osservato</translation>
    </message>
    <message>
        <source>The log entry&apos;s text; it gets the exercise&apos;s current time</source>
        <translation>Il testo della voce di registro; riceve il tempo attuale dell&apos;esercitazione</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>note: text only; send_resource: the resource may serve across the border (and moves to the map point); move_resource: to the map point; out_of_service: the resource stops responding</source>
        <translation>nota: solo testo; invia risorsa: la risorsa può operare oltre confine (e va al punto sulla mappa); sposta risorsa: al punto sulla mappa; fuori servizio: la risorsa non risponde più</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>The resource the decision concerns (by id)</source>
        <translation>La risorsa a cui si riferisce la decisione (per identificativo)</translation>
    </message>
    <message>
        <source>Re&amp;source:</source>
        <translation>Ri&amp;sorsa:</translation>
    </message>
    <message>
        <source>no map point</source>
        <translation>nessun punto sulla mappa</translation>
    </message>
    <message>
        <source>Pick a point on the map to tie the entry to a place</source>
        <translation>Scegliere un punto sulla mappa per legare la voce a un luogo</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Forget the map point</source>
        <translation>Dimentica il punto sulla mappa</translation>
    </message>
    <message>
        <source>Map point:</source>
        <translation>Punto sulla mappa:</translation>
    </message>
    <message>
        <source>Add to &amp;log</source>
        <translation>Aggiungi al &amp;registro</translation>
    </message>
    <message>
        <source>Record the entry at the current time (one undoable edit)</source>
        <translation>Registra la voce al tempo attuale (una modifica annullabile)</translation>
    </message>
    <message>
        <source>The decision log, saved in the project (Undo takes an entry back)</source>
        <translation>Il registro delle decisioni, salvato nel progetto (Annulla ritira una voce)</translation>
    </message>
    <message>
        <source>Adopt into the &amp;plan</source>
        <translation>Adotta nel &amp;piano</translation>
    </message>
    <message>
        <source>Make the selected logged decision part of the plan: move or change the resource in its resources layer (one undoable edit). Until then decisions stay in the exercise.</source>
        <translation>Rende la decisione registrata selezionata parte del piano: sposta o modifica la risorsa nel suo livello (una modifica annullabile). Fino ad allora le decisioni restano nell&apos;esercitazione.</translation>
    </message>
    <message>
        <source>Write after-action &amp;report…</source>
        <translation>Scrivi il &amp;rapporto post-esercitazione…</translation>
    </message>
    <message>
        <source>Replay the whole exercise with the logged decisions and write its report into a folder</source>
        <translation>Riesegue l&apos;intera esercitazione con le decisioni registrate e ne scrive il rapporto in una cartella</translation>
    </message>
    <message>
        <source>No scenario of this project has a tabletop exercise.</source>
        <translation>Nessuno scenario di questo progetto ha un&apos;esercitazione per posti di comando.</translation>
    </message>
    <message>
        <source>Preparing the exercise (flood model, road network)…</source>
        <translation>Preparazione dell&apos;esercitazione (modello di piena, rete stradale)…</translation>
    </message>
    <message>
        <source>Ready: press Play or a step button.</source>
        <translation>Pronto: premere Avvia o un pulsante di passo.</translation>
    </message>
    <message>
        <source>The flood cannot run backwards: press Reset to start again.</source>
        <translation>La piena non può tornare indietro: premere Ricomincia per ripartire.</translation>
    </message>
    <message>
        <source>Running the flood to {0}…</source>
        <translation>Calcolo della piena fino a {0}…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullato</translation>
    </message>
    <message>
        <source>Stopped; the exercise stays at the last step shown.</source>
        <translation>Fermato; l&apos;esercitazione resta all&apos;ultimo passo mostrato.</translation>
    </message>
    <message>
        <source>{0} shown</source>
        <translation>{0} mostrato</translation>
    </message>
    <message>
        <source>End of the exercise: write the after-action report, or Reset.</source>
        <translation>Fine dell&apos;esercitazione: scrivere il rapporto post-esercitazione o ricominciare.</translation>
    </message>
    <message>
        <source>x {x:,.0f} m, y {y:,.0f} m</source>
        <translation>x {x:,.0f} m, y {y:,.0f} m</translation>
    </message>
    <message>
        <source>Logged at {0}: {text}{tail}</source>
        <translation>Registrato alle {0}: {text}{tail}</translation>
    </message>
    <message>
        <source>{0}: now part of the plan (Undo takes it back).</source>
        <translation>{0}: ora fa parte del piano (Annulla lo ritira).</translation>
    </message>
    <message>
        <source>Folder for the after-action report</source>
        <translation>Cartella per il rapporto post-esercitazione</translation>
    </message>
    <message>
        <source>Replaying the whole exercise for the after-action report…</source>
        <translation>Nuova esecuzione dell&apos;intera esercitazione per il rapporto post-esercitazione…</translation>
    </message>
    <message>
        <source>After-action report written: {0}</source>
        <translation>Rapporto post-esercitazione scritto: {0}</translation>
    </message>
</context>
<context>
    <name>VersionsDock</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Save version…</source>
        <translation>Salva versione…</translation>
    </message>
    <message>
        <source>Keep the plan as it is now, with its indicators, inside the project</source>
        <translation>Conserva il piano com&apos;è ora, con i suoi indicatori, nel progetto</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Put the selected version&apos;s plan back (Undo gives the current one back)</source>
        <translation>Rimette il piano della versione selezionata (Annulla restituisce quello attuale)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Confronta</translation>
    </message>
    <message>
        <source>Compare two selected versions, or one with the current plan</source>
        <translation>Confronta due versioni selezionate, o una con il piano attuale</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Esporta rapporto…</translation>
    </message>
    <message>
        <source>Write the public progress report (page, PDF, open data) into a folder</source>
        <translation>Scrive il rapporto pubblico sui progressi (pagina, PDF, dati aperti) in una cartella</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <source>Select two versions (or one, to compare it with the current plan).</source>
        <translation>Selezionare due versioni (o una, per confrontarla con il piano attuale).</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <source>per jurisdiction</source>
        <translation>per ente</translation>
    </message>
    <message>
        <source>per country</source>
        <translation>per paese</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Andamento</translation>
    </message>
    <message>
        <source>{what} failed</source>
        <translation>{what}: non riuscito</translation>
    </message>
    <message>
        <source>cancelled; nothing changed</source>
        <translation>annullato; nulla è cambiato</translation>
    </message>
    <message>
        <source>not saved: the plan changed while its indicators were computed</source>
        <translation>non salvato: il piano è cambiato mentre se ne calcolavano gli indicatori</translation>
    </message>
    <message>
        <source>version &apos;{0}&apos; saved</source>
        <translation>versione «{0}» salvata</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>confrontato</translation>
    </message>
    <message>
        <source>From &apos;{0}&apos; ({1}) to {2} ({3})</source>
        <translation>Da «{0}» ({1}) a {2} ({3})</translation>
    </message>
    <message>
        <source>no change to the plan</source>
        <translation>nessuna modifica al piano</translation>
    </message>
    <message>
        <source>Export progress report into folder</source>
        <translation>Esporta il rapporto sui progressi in una cartella</translation>
    </message>
    <message>
        <source>report written: {0}</source>
        <translation>rapporto scritto: {0}</translation>
    </message>
</context>
<context>
    <name>VertexTool</name>
    <message>
        <source>A defense needs at least two vertices; delete the defense instead.</source>
        <translation>Una difesa richiede almeno due vertici; eliminare invece la difesa.</translation>
    </message>
</context>
<context>
    <name>_ThreadErrors</name>
    <message>
        <source>working in the background</source>
        <translation>al lavoro in background</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <source>Flood depth</source>
        <extracomment>A layer with more visible polygons than this draws its sub-pixel features as an image. Features whose bounding box is smaller than this many logical pixels go into the LOD image. Search radius (logical pixels) for identify, selection and snapping. The run&apos;s outputs as map layers (Layers panel › Run outputs): visibility and opacity of each. The run&apos;s outputs the Layers panel lists as layers (key: label).</extracomment>
        <translation>Tirante idrico</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>Lacune di copertura</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>Aree di servizio</translation>
    </message>
    <message>
        <source>Roads closed by water</source>
        <translation>Strade chiuse dall&apos;acqua</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>no exposure figures</source>
        <translation>nessun dato di esposizione</translation>
    </message>
    <message>
        <source>people in flooded buildings</source>
        <translation>persone in edifici allagati</translation>
    </message>
    <message>
        <source>Exposed population by water depth</source>
        <translation>Popolazione esposta per tirante idrico</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>tirante</translation>
    </message>
    <message>
        <source>no response figures</source>
        <translation>nessun dato di soccorso</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>coperti</translation>
    </message>
    <message>
        <source>not reached in time</source>
        <translation>non raggiunti in tempo</translation>
    </message>
    <message>
        <source>people</source>
        <translation>persone</translation>
    </message>
    <message>
        <source>Response coverage ({mode})</source>
        <translation>Copertura dei soccorsi ({mode})</translation>
    </message>
    <message>
        <source>no cooperation figures</source>
        <translation>nessun dato di cooperazione</translation>
    </message>
    <message>
        <source>covered people</source>
        <translation>persone coperte</translation>
    </message>
    <message>
        <source>Cooperation gain (joint − national)</source>
        <translation>Guadagno di cooperazione (congiunto − nazionale)</translation>
    </message>
    <message>
        <source>no defenses appraised</source>
        <translation>nessuna difesa valutata</translation>
    </message>
    <message>
        <source>benefit (people protected)</source>
        <translation>beneficio (persone protette)</translation>
    </message>
    <message>
        <source>harm (people flooded by it)</source>
        <translation>danno (persone allagate dalla difesa)</translation>
    </message>
    <message>
        <source>Each defense&apos;s benefit and harm</source>
        <translation>Beneficio e danno di ogni difesa</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>{c}: exposed population</source>
        <translation>{c}: popolazione esposta</translation>
    </message>
    <message>
        <source>{c}: covered population ({mode})</source>
        <translation>{c}: popolazione coperta ({mode})</translation>
    </message>
    <message>
        <source>{c}: gap population ({mode})</source>
        <translation>{c}: popolazione non coperta ({mode})</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>DEM read</source>
        <translation>DEM letto</translation>
    </message>
    <message>
        <source>OpenStreetMap layers ready</source>
        <translation>livelli OpenStreetMap pronti</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>access done</source>
        <translation>accessibilità completata</translation>
    </message>
    <message>
        <source>arrival at critical facilities</source>
        <translation>arrivo alle strutture critiche</translation>
    </message>
    <message>
        <source>atlas written</source>
        <translation>atlante scritto</translation>
    </message>
    <message>
        <source>buildings</source>
        <translation>edifici</translation>
    </message>
    <message>
        <source>charts</source>
        <translation>grafici</translation>
    </message>
    <message>
        <source>checking the surface</source>
        <translation>verifica della superficie</translation>
    </message>
    <message>
        <source>choosing candidate sites</source>
        <translation>scelta dei siti candidati</translation>
    </message>
    <message>
        <source>contracting road chains</source>
        <translation>contrazione delle catene stradali</translation>
    </message>
    <message>
        <source>cooperation gain</source>
        <translation>guadagno di cooperazione</translation>
    </message>
    <message>
        <source>counting connected pieces</source>
        <translation>conteggio delle parti connesse</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>copertura</translation>
    </message>
    <message>
        <source>coverage done</source>
        <translation>copertura completata</translation>
    </message>
    <message>
        <source>coverage timeline done</source>
        <translation>andamento della copertura completato</translation>
    </message>
    <message>
        <source>cumulative volumes</source>
        <translation>volumi cumulati</translation>
    </message>
    <message>
        <source>cutting flooded roads</source>
        <translation>chiusura delle strade allagate</translation>
    </message>
    <message>
        <source>defenses appraised</source>
        <translation>difese valutate</translation>
    </message>
    <message>
        <source>defenses, resources, profiles</source>
        <translation>difese, risorse, profili</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <source>elevation ready</source>
        <translation>quota pronta</translation>
    </message>
    <message>
        <source>exercise done</source>
        <translation>esercitazione conclusa</translation>
    </message>
    <message>
        <source>exercise ready</source>
        <translation>esercitazione pronta</translation>
    </message>
    <message>
        <source>finding countries and border crossings</source>
        <translation>individuazione di paesi e valichi di confine</translation>
    </message>
    <message>
        <source>flood fill</source>
        <translation>riempimento della piena</translation>
    </message>
    <message>
        <source>flood model</source>
        <translation>modello di piena</translation>
    </message>
    <message>
        <source>flood model ready</source>
        <translation>modello di piena pronto</translation>
    </message>
    <message>
        <source>flood with and without</source>
        <translation>piena con e senza</translation>
    </message>
    <message>
        <source>flood with every defense</source>
        <translation>piena con ogni difesa</translation>
    </message>
    <message>
        <source>gap polygons</source>
        <translation>poligoni delle lacune</translation>
    </message>
    <message>
        <source>joining road vertices</source>
        <translation>unione dei vertici stradali</translation>
    </message>
    <message>
        <source>jurisdictions</source>
        <translation>enti territoriali</translation>
    </message>
    <message>
        <source>jurisdictions and roads by country</source>
        <translation>enti e strade per paese</translation>
    </message>
    <message>
        <source>levels along the river</source>
        <translation>livelli lungo il fiume</translation>
    </message>
    <message>
        <source>map drawn</source>
        <translation>mappa disegnata</translation>
    </message>
    <message>
        <source>maps</source>
        <translation>mappe</translation>
    </message>
    <message>
        <source>open data</source>
        <translation>dati aperti</translation>
    </message>
    <message>
        <source>page</source>
        <translation>pagina</translation>
    </message>
    <message>
        <source>plate laid out</source>
        <translation>tavola impaginata</translation>
    </message>
    <message>
        <source>plate layout</source>
        <translation>impaginazione della tavola</translation>
    </message>
    <message>
        <source>plate written</source>
        <translation>tavola scritta</translation>
    </message>
    <message>
        <source>preparing layers</source>
        <translation>preparazione dei livelli</translation>
    </message>
    <message>
        <source>profile flood model</source>
        <translation>modello di piena del profilo</translation>
    </message>
    <message>
        <source>reading elevation sources</source>
        <translation>lettura delle fonti di quota</translation>
    </message>
    <message>
        <source>reading roads</source>
        <translation>lettura delle strade</translation>
    </message>
    <message>
        <source>reading the DEM</source>
        <translation>lettura del DEM</translation>
    </message>
    <message>
        <source>reading the OpenStreetMap extract</source>
        <translation>lettura dell&apos;estratto OpenStreetMap</translation>
    </message>
    <message>
        <source>relative terrain</source>
        <translation>terreno relativo</translation>
    </message>
    <message>
        <source>report map</source>
        <translation>mappa del rapporto</translation>
    </message>
    <message>
        <source>report tables</source>
        <translation>tabelle del rapporto</translation>
    </message>
    <message>
        <source>report written</source>
        <translation>rapporto scritto</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>risorse</translation>
    </message>
    <message>
        <source>resources and buildings</source>
        <translation>risorse ed edifici</translation>
    </message>
    <message>
        <source>road network</source>
        <translation>rete stradale</translation>
    </message>
    <message>
        <source>road network ready</source>
        <translation>rete stradale pronta</translation>
    </message>
    <message>
        <source>roads</source>
        <translation>strade</translation>
    </message>
    <message>
        <source>roads and rivers</source>
        <translation>strade e fiumi</translation>
    </message>
    <message>
        <source>service areas</source>
        <translation>aree di servizio</translation>
    </message>
    <message>
        <source>sites chosen</source>
        <translation>siti scelti</translation>
    </message>
    <message>
        <source>solving the covering problem</source>
        <translation>risoluzione del problema di copertura</translation>
    </message>
    <message>
        <source>spill levels (priority-flood)</source>
        <translation>livelli di sfioro (priority-flood)</translation>
    </message>
    <message>
        <source>surface from the nearest river cell</source>
        <translation>superficie dalla cella di fiume più vicina</translation>
    </message>
    <message>
        <source>tables for checking</source>
        <translation>tabelle di verifica</translation>
    </message>
    <message>
        <source>terrain</source>
        <translation>terreno</translation>
    </message>
    <message>
        <source>travel times from candidate sites</source>
        <translation>tempi di percorrenza dai siti candidati</translation>
    </message>
    <message>
        <source>what the cross-border decisions changed</source>
        <translation>che cosa hanno cambiato le decisioni transfrontaliere</translation>
    </message>
</context>
<context>
    <name>ensemble_tab</name>
    <message>
        <source>Probability of flooding, T = {return_period:g} years</source>
        <translation>Probabilità di allagamento, T = {return_period:g} anni</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>floodplan: unexpected error</source>
        <translation>floodplan: errore imprevisto</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Export report</source>
        <translation>Esporta rapporto</translation>
    </message>
    <message>
        <source>A report needs a scenario result; run the scenario first.</source>
        <translation>Un rapporto richiede il risultato di uno scenario; calcolare prima lo scenario.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Scrittura del rapporto…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Report written: {0}</source>
        <translation>Rapporto scritto: {0}</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>About floodplan</source>
        <translation>Informazioni su floodplan</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Sposta mappa</translation>
    </message>
    <message>
        <source>drag with the middle button, or arrow keys</source>
        <translation>trascinare con il tasto centrale, o tasti freccia</translation>
    </message>
    <message>
        <source>Zoom at the cursor</source>
        <translation>Zoom al cursore</translation>
    </message>
    <message>
        <source>mouse wheel</source>
        <translation>rotella del mouse</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Zoom avanti / indietro</translation>
    </message>
    <message>
        <source>Zoom to a box</source>
        <translation>Zoom su un rettangolo</translation>
    </message>
    <message>
        <source>Shift+drag with the Pan tool</source>
        <translation>Maiusc+trascinamento con lo strumento Sposta mappa</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Scorciatoia</translation>
    </message>
    <message>
        <source>How to plan a joint defense</source>
        <translation>Come pianificare una difesa comune</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>Response resources</source>
        <translation>Risorse di soccorso</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Difese</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>esistente</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prevista</translation>
    </message>
    <message>
        <source>breached in the scenario</source>
        <translation>rotta nello scenario</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Edifici</translation>
    </message>
    <message>
        <source>building</source>
        <translation>edificio</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Strade</translation>
    </message>
    <message>
        <source>road</source>
        <translation>strada</translation>
    </message>
    <message>
        <source>river</source>
        <translation>fiume</translation>
    </message>
    <message>
        <source>national border</source>
        <translation>confine di stato</translation>
    </message>
    <message>
        <source>Tabletop exercise</source>
        <translation>Esercitazione per posti di comando</translation>
    </message>
    <message>
        <source>resource moved in the exercise (not in the plan)</source>
        <translation>risorsa spostata nell&apos;esercitazione (non nel piano)</translation>
    </message>
    <message>
        <source>resource out of service in the exercise</source>
        <translation>risorsa fuori servizio nell&apos;esercitazione</translation>
    </message>
    <message>
        <source>Flood depth</source>
        <translation>Tirante idrico</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>road closed by water</source>
        <translation>strada chiusa dall&apos;acqua</translation>
    </message>
    <message>
        <source>coverage gap (not reached in time)</source>
        <translation>lacuna di copertura (non raggiunto in tempo)</translation>
    </message>
    <message>
        <source>selected / changed building</source>
        <translation>edificio selezionato / modificato</translation>
    </message>
</context>
<context>
    <name>risk_tab</name>
    <message>
        <source>return period (years)</source>
        <translation>tempo di ritorno (anni)</translation>
    </message>
    <message>
        <source>damage (million EUR)</source>
        <translation>danni (milioni di EUR)</translation>
    </message>
    <message>
        <source>Risk curve per country</source>
        <translation>Curva di rischio per paese</translation>
    </message>
</context>
<context>
    <name>versions_dock</name>
    <message>
        <source>Covered population, national</source>
        <extracomment>(label, indicator, mode) offered by the trend chart.</extracomment>
        <translation>Popolazione coperta, nazionale</translation>
    </message>
    <message>
        <source>Covered population, joint</source>
        <translation>Popolazione coperta, congiunto</translation>
    </message>
    <message>
        <source>Gap (uncovered), national</source>
        <translation>Lacuna (non coperta), nazionale</translation>
    </message>
    <message>
        <source>Gap (uncovered), joint</source>
        <translation>Lacuna (non coperta), congiunto</translation>
    </message>
    <message>
        <source>Cooperation gain</source>
        <translation>Guadagno di cooperazione</translation>
    </message>
    <message>
        <source>Expected annual damage (EUR)</source>
        <translation>Danno annuo atteso (EUR)</translation>
    </message>
    <message>
        <source>Expected people affected per year</source>
        <translation>Persone colpite attese all&apos;anno</translation>
    </message>
    <message>
        <source>Covered</source>
        <extracomment>Short names of the indicators in the Compare table.</extracomment>
        <translation>Coperti</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacuna</translation>
    </message>
    <message>
        <source>EAD (EUR/year)</source>
        <translation>EAD (EUR/anno)</translation>
    </message>
    <message>
        <source>EAP (people/year)</source>
        <translation>EAP (persone/anno)</translation>
    </message>
    <message>
        <source>people</source>
        <translation>persone</translation>
    </message>
    <message>
        <source>EUR per year</source>
        <translation>EUR all&apos;anno</translation>
    </message>
    <message>
        <source>Save &amp;version…</source>
        <translation>Salva &amp;versione…</translation>
    </message>
    <message>
        <source>Keep the plan as it is now, with its indicators, as a version inside the project</source>
        <translation>Conserva il piano com&apos;è ora, con i suoi indicatori, come versione nel progetto</translation>
    </message>
    <message>
        <source>Export &amp;progress report…</source>
        <translation>Esporta rapporto sui &amp;progressi…</translation>
    </message>
    <message>
        <source>A public page, PDF and open data of what the plan changed between two versions</source>
        <translation>Una pagina pubblica, un PDF e dati aperti su che cosa il piano ha cambiato tra due versioni</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Piano</translation>
    </message>
</context>
</TS>
