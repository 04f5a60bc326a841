<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ca">
<context>
    <name>AreaPage</name>
    <message>
        <source>Area and flood</source>
        <translation>Àrea i inundació</translation>
    </message>
    <message>
        <source>Limit the project to a box in degrees of longitude and latitude (WGS 84), or keep the whole of the elevation files. The starter scenarios put the water this far above the river bed.</source>
        <translation>Limiteu el projecte a un rectangle en graus de longitud i latitud (WGS 84), o conserveu els fitxers d&apos;elevació sencers. Els escenaris inicials posen l&apos;aigua a aquesta alçada sobre el llit del riu.</translation>
    </message>
    <message>
        <source>&amp;Limit to a box</source>
        <translation>&amp;Limita a un rectangle</translation>
    </message>
    <message>
        <source>Crop the elevation and the OpenStreetMap layers to the box below</source>
        <translation>Retalla l&apos;elevació i les capes d&apos;OpenStreetMap al rectangle de sota</translation>
    </message>
    <message>
        <source>&amp;West:</source>
        <translation>&amp;Oest:</translation>
    </message>
    <message>
        <source>Western edge (degrees of longitude, east positive)</source>
        <translation>Límit oest (graus de longitud, est positiu)</translation>
    </message>
    <message>
        <source>&amp;South:</source>
        <translation>&amp;Sud:</translation>
    </message>
    <message>
        <source>Southern edge (degrees of latitude, north positive)</source>
        <translation>Límit sud (graus de latitud, nord positiu)</translation>
    </message>
    <message>
        <source>&amp;East:</source>
        <translation>&amp;Est:</translation>
    </message>
    <message>
        <source>Eastern edge (degrees of longitude)</source>
        <translation>Límit est (graus de longitud)</translation>
    </message>
    <message>
        <source>&amp;North:</source>
        <translation>&amp;Nord:</translation>
    </message>
    <message>
        <source>Northern edge (degrees of latitude)</source>
        <translation>Límit nord (graus de latitud)</translation>
    </message>
    <message>
        <source>From the &amp;DEM</source>
        <translation>Del &amp;MDE</translation>
    </message>
    <message>
        <source>Fill the box with the extent of the elevation files</source>
        <translation>Omple el rectangle amb l&apos;extensió dels fitxers d&apos;elevació</translation>
    </message>
    <message>
        <source>Depth of the design flood above the river bed along every river (m)</source>
        <translation>Calat de la inundació de disseny sobre el llit del riu al llarg de cada riu (m)</translation>
    </message>
    <message>
        <source>Flood &amp;depth above the river bed:</source>
        <translation>&amp;Calat d&apos;inundació sobre el llit del riu:</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message>
        <source>Attribute table</source>
        <translation>Taula d&apos;atributs</translation>
    </message>
    <message>
        <source>The layer whose features are listed</source>
        <translation>La capa de la qual es llisten els elements</translation>
    </message>
    <message>
        <source>Select rows to select the features on the map; double-click a cell to edit it</source>
        <translation>Seleccioneu files per seleccionar els elements al mapa; feu doble clic en una cel·la per editar-la</translation>
    </message>
</context>
<context>
    <name>BreachTool</name>
    <message>
        <source>Click on a defense line to mark a breach.</source>
        <translation>Feu clic en una línia de defensa per marcar-hi una bretxa.</translation>
    </message>
</context>
<context>
    <name>DashboardDock</name>
    <message>
        <source>Results</source>
        <translation>Resultats</translation>
    </message>
    <message>
        <source>Which run&apos;s results to show</source>
        <extracomment>Results of runs by scenario name (the latest run of each), for comparison.</extracomment>
        <translation>Els resultats de quin càlcul es mostren</translation>
    </message>
    <message>
        <source>No results yet: run a scenario.</source>
        <translation>Encara no hi ha resultats: calculeu un escenari.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Càlcul:</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporta l&apos;informe…</translation>
    </message>
    <message>
        <source>Write the report of the shown run (HTML or PDF, tables as CSV and GeoPackage)</source>
        <translation>Escriu l&apos;informe del càlcul mostrat (HTML o PDF, taules com a CSV i GeoPackage)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Àrea</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Població</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Exposats</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposició</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Edificis</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Coberts</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>No atesos</translation>
    </message>
    <message>
        <source>Covered %</source>
        <translation>Coberts %</translation>
    </message>
    <message>
        <source>Cooperation gain</source>
        <translation>Guany de cooperació</translation>
    </message>
    <message>
        <source>Resource kind</source>
        <translation>Tipus de recurs</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>tots els tipus</translation>
    </message>
    <message>
        <source>Coverage by all kinds together, or by one kind as it moves in the flood</source>
        <translation>Cobertura de tots els tipus junts, o d&apos;un sol tipus segons es mou durant la inundació</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Defensa</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicció</translation>
    </message>
    <message>
        <source>Benefit (people)</source>
        <translation>Benefici (persones)</translation>
    </message>
    <message>
        <source>Harm (people)</source>
        <translation>Perjudici (persones)</translation>
    </message>
    <message>
        <source>Cost share %</source>
        <translation>Quota de cost %</translation>
    </message>
    <message>
        <source>Cost share</source>
        <translation>Quota de cost</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Defenses</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compara</translation>
    </message>
    <message>
        <source>Show changes on map</source>
        <translation>Mostra els canvis al mapa</translation>
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
        <translation>Indicador</translation>
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
        <translation>Risc</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>Conjunt</translation>
    </message>
    <message>
        <source>⚠ These results are {reason}.</source>
        <translation>⚠ Aquests resultats són {reason}.</translation>
    </message>
    <message>
        <source>{0}: {1} ha flooded, {2} m³, deepest {3} m</source>
        <translation>{0}: {1} ha inundades, {2} m³, calat màxim {3} m</translation>
    </message>
    <message>
        <source>Gaps ({0}): {1} building(s) not reached in time, {2} people, in {3} jurisdiction(s)</source>
        <translation>Buits ({0}): {1} edifici(s) no atesos a temps, {2} persones, en {3} jurisdicció(ns)</translation>
    </message>
    <message>
        <source>Run two scenarios to compare them.</source>
        <translation>Calculeu dos escenaris per comparar-los.</translation>
    </message>
    <message>
        <source>no building changes state</source>
        <translation>cap edifici no canvia d&apos;estat</translation>
    </message>
    <message>
        <source>Buildings ({0}): {text}</source>
        <translation>Edificis ({0}): {text}</translation>
    </message>
</context>
<context>
    <name>DrawDefenseTool</name>
    <message>
        <source>A defense needs at least two vertices; click at least twice.</source>
        <translation>Una defensa necessita almenys dos vèrtexs; feu clic almenys dues vegades.</translation>
    </message>
</context>
<context>
    <name>ElevationPage</name>
    <message>
        <source>Elevation</source>
        <translation>Elevació</translation>
    </message>
    <message>
        <source>Add the elevation tiles or files (SRTM .hgt or .hgt.zip, GeoTIFF, …). Overlapping files are mosaicked in this order; give a vertical offset (m) to bring a file to the others&apos; datum.</source>
        <translation>Afegiu les tessel·les o els fitxers d&apos;elevació (SRTM .hgt o .hgt.zip, GeoTIFF, …). Els fitxers que se superposen s&apos;uneixen en aquest ordre; un desplaçament vertical (m) porta un fitxer al datum dels altres.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fitxer</translation>
    </message>
    <message>
        <source>Vertical offset (m)</source>
        <translation>Desplaçament vertical (m)</translation>
    </message>
    <message>
        <source>The elevation files in priority order; edit an offset by typing in its cell</source>
        <translation>Els fitxers d&apos;elevació per ordre de prioritat; escriviu un desplaçament a la seva cel·la</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Afegeix…</translation>
    </message>
    <message>
        <source>Choose one or more elevation files</source>
        <translation>Trieu un o més fitxers d&apos;elevació</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Remove the selected file from the list</source>
        <translation>Elimina de la llista el fitxer seleccionat</translation>
    </message>
    <message>
        <source>Elevation files</source>
        <translation>Fitxers d&apos;elevació</translation>
    </message>
</context>
<context>
    <name>EnsemblePane</name>
    <message>
        <source>Members: each draws which defenses fail in each event</source>
        <translation>Membres: cadascun sorteja quines defenses fallen en cada esdeveniment</translation>
    </message>
    <message>
        <source>The same seed gives the same result, on any number of workers</source>
        <translation>La mateixa llavor dona el mateix resultat, amb qualsevol nombre de processos</translation>
    </message>
    <message>
        <source>Worker processes of the local Dask cluster</source>
        <translation>Processos de càlcul del clúster Dask local</translation>
    </message>
    <message>
        <source>local (or tcp://HOST:PORT)</source>
        <translation>local (o tcp://HOST:PORT)</translation>
    </message>
    <message>
        <source>Address of a running dask scheduler; empty: a local cluster</source>
        <translation>Adreça d&apos;un planificador Dask en marxa; buit: un clúster local</translation>
    </message>
    <message>
        <source>Run ensemble</source>
        <translation>Calcula el conjunt</translation>
    </message>
    <message>
        <source>Scheme of:</source>
        <translation>Defenses de:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membres:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Llavor:</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>Processos:</translation>
    </message>
    <message>
        <source>Scheduler:</source>
        <translation>Planificador:</translation>
    </message>
    <message>
        <source>Defenses with fragility_median_m and fragility_beta may fail; press Run.</source>
        <translation>Les defenses amb fragility_median_m i fragility_beta poden fallar; premeu Calcula.</translation>
    </message>
    <message>
        <source>Map of event:</source>
        <translation>Mapa de l&apos;esdeveniment:</translation>
    </message>
    <message>
        <source>T (years)</source>
        <translation>T (anys)</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Defensa</translation>
    </message>
    <message>
        <source>Load (m)</source>
        <translation>Càrrega (m)</translation>
    </message>
    <message>
        <source>Fragility %</source>
        <translation>Fragilitat %</translation>
    </message>
    <message>
        <source>Failed in %</source>
        <translation>Ha fallat en %</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicció</translation>
    </message>
    <message>
        <source>EAD mean</source>
        <translation>EAD mitjana</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>done: {0} members, {1} distinct flood states</source>
        <translation>fet: {0} membres, {1} estats d&apos;inundació diferents</translation>
    </message>
    <message>
        <source>{0}: {1} members (seed {2}) on {3} with {4} worker(s).{notes}</source>
        <translation>{0}: {1} membres (llavor {2}) a {3} amb {4} procés(sos).{notes}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export map plate</source>
        <translation>Exporta la làmina del mapa</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposició</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paper:</translation>
    </message>
    <message>
        <source>ISO paper size of the plate</source>
        <translation>Mida de paper ISO de la làmina</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientació:</translation>
    </message>
    <message>
        <source>Landscape (wide) or portrait (tall) page</source>
        <translation>Pàgina horitzontal (ampla) o vertical (alta)</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolució:</translation>
    </message>
    <message>
        <source>Dots per inch of a PNG, and of the flood image in PDF/SVG (300 for print)</source>
        <translation>Punts per polzada d&apos;un PNG i de la imatge de la inundació en PDF/SVG (300 per imprimir)</translation>
    </message>
    <message>
        <source>Flood map</source>
        <translation>Mapa d&apos;inundació</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Títol:</translation>
    </message>
    <message>
        <source>Title of the plate; empty gives &apos;Flood map&apos; in the chosen languages</source>
        <translation>Títol de la làmina; buit dona «Mapa d&apos;inundació» en les llengües triades</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Subtítol:</translation>
    </message>
    <message>
        <source>Line under the title (e.g. the scenario and the meeting)</source>
        <translation>Línia sota el títol (p. ex. l&apos;escenari i la reunió)</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganització:</translation>
    </message>
    <message>
        <source>Who made the plate (shown in the information block)</source>
        <translation>Qui ha fet la làmina (es mostra al bloc d&apos;informació)</translation>
    </message>
    <message>
        <source>Main language of every text on the plate</source>
        <translation>Llengua principal de tots els textos de la làmina</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(cap)</translation>
    </message>
    <message>
        <source>Second language shown beside the main one (e.g. the neighbour&apos;s)</source>
        <translation>Segona llengua al costat de la principal (p. ex. la del veí)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>i</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Llengües:</translation>
    </message>
    <message>
        <source>The plate&apos;s texts in one or two languages side by side</source>
        <translation>Els textos de la làmina en una o dues llengües, l&apos;una al costat de l&apos;altra</translation>
    </message>
    <message>
        <source>Fit the map</source>
        <translation>Ajusta el mapa</translation>
    </message>
    <message>
        <source>Fixed scale 1:</source>
        <translation>Escala fixa 1:</translation>
    </message>
    <message>
        <source>Fit the whole project (or atlas page) on the map, or print at an exact scale</source>
        <translation>Ajusta tot el projecte (o la pàgina de l&apos;atles) al mapa, o imprimeix a una escala exacta</translation>
    </message>
    <message>
        <source>Scale denominator: 25,000 prints 1 cm on paper for 250 m on the ground</source>
        <translation>Denominador d&apos;escala: 25.000 imprimeix 1 cm de paper per 250 m de terreny</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>Es&amp;cala:</translation>
    </message>
    <message>
        <source>Map scale</source>
        <translation>Escala del mapa</translation>
    </message>
    <message>
        <source>joint</source>
        <translation>conjunt</translation>
    </message>
    <message>
        <source>national</source>
        <translation>nacional</translation>
    </message>
    <message>
        <source>Response &amp;mode:</source>
        <translation>&amp;Mode de resposta:</translation>
    </message>
    <message>
        <source>Which coverage gaps the map shows: joint (cross-border help) or national (each country alone)</source>
        <translation>Quins buits de cobertura mostra el mapa: conjunt (ajuda transfronterera) o nacional (cada país sol)</translation>
    </message>
    <message>
        <source>Locator &amp;inset</source>
        <translation>Mapa de &amp;situació</translation>
    </message>
    <message>
        <source>A small overview map showing where the plate lies</source>
        <translation>Un petit mapa general que mostra on és la làmina</translation>
    </message>
    <message>
        <source>Summary &amp;table</source>
        <translation>&amp;Taula resum</translation>
    </message>
    <message>
        <source>Per-country table of flooded and reached people (needs a scenario run)</source>
        <translation>Taula per país de persones inundades i ateses (cal un càlcul d&apos;escenari)</translation>
    </message>
    <message>
        <source>Service a&amp;reas</source>
        <translation>À&amp;rees de servei</translation>
    </message>
    <message>
        <source>Draw the areas each resource reaches within its target time</source>
        <translation>Dibuixa les àrees que cada recurs assoleix dins el seu temps objectiu</translation>
    </message>
    <message>
        <source>&amp;Atlas: one page per jurisdiction (PDF)</source>
        <translation>&amp;Atles: una pàgina per jurisdicció (PDF)</translation>
    </message>
    <message>
        <source>Write a multi-page PDF with one plate fitted to each jurisdiction</source>
        <translation>Escriu un PDF de diverses pàgines amb una làmina ajustada a cada jurisdicció</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista prèvia</translation>
    </message>
    <message>
        <source>Save &amp;layout</source>
        <translation>Desa la &amp;disposició</translation>
    </message>
    <message>
        <source>Keep these settings in the project (undoable) without exporting</source>
        <translation>Conserva aquests paràmetres al projecte (es pot desfer) sense exportar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporta…</translation>
    </message>
    <message>
        <source>Choose a PDF, PNG or SVG file and write the plate in the background</source>
        <translation>Trieu un fitxer PDF, PNG o SVG i escriviu la làmina en segon pla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tanca</translation>
    </message>
    <message>
        <source>Close the dialog (a running export is cancelled)</source>
        <translation>Tanca el diàleg (s&apos;anul·la l&apos;exportació en curs)</translation>
    </message>
    <message>
        <source>No preview: {0}</source>
        <translation>Sense vista prèvia: {0}</translation>
    </message>
    <message>
        <source>Preview of the plate (low resolution); it follows every change</source>
        <translation>Vista prèvia de la làmina (baixa resolució); segueix cada canvi</translation>
    </message>
    <message>
        <source>{0} {1}, {w:g} × {h:g} mm{atlas}</source>
        <translation>{0} {1}, {w:g} × {h:g} mm{atlas}</translation>
    </message>
    <message>
        <source>Layout saved in the project.</source>
        <translation>Disposició desada al projecte.</translation>
    </message>
    <message>
        <source>Export plate</source>
        <translation>Exporta la làmina</translation>
    </message>
    <message>
        <source>Writing the {what} to {path}…</source>
        <translation>S&apos;escriu {what} a {path}…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fet</translation>
    </message>
    <message>
        <source>Written: {0}{pages}</source>
        <translation>Escrit: {0}{pages}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ha fallat</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anul·lat</translation>
    </message>
    <message>
        <source>Export cancelled; the file may be incomplete and should not be used.</source>
        <translation>Exportació anul·lada; el fitxer pot estar incomplet i no s&apos;ha de fer servir.</translation>
    </message>
</context>
<context>
    <name>FloodKind</name>
    <message>
        <source>level</source>
        <translation>nivell</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volum</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>dinàmica</translation>
    </message>
</context>
<context>
    <name>FrameModel</name>
    <message>
        <source>Edit {col} of</source>
        <translation>Edita {col} de</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Layers</source>
        <translation>Capes</translation>
    </message>
    <message>
        <source>Layers, top first. Tick to show; drag to change the drawing order; right-click for more.</source>
        <translation>Capes, la superior primer. Marqueu per mostrar; arrossegueu per canviar l&apos;ordre de dibuix; clic dret per a més.</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacitat</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>Opacitat de la capa seleccionada</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <source>Colour of the selected layer</source>
        <translation>Color de la capa seleccionada</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Afegeix…</translation>
    </message>
    <message>
        <source>Add a layer from a file (or drop files on the window)</source>
        <translation>Afegeix una capa des d&apos;un fitxer (o deixeu anar fitxers a la finestra)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Remove the selected layer (undoable)</source>
        <translation>Elimina la capa seleccionada (es pot desfer)</translation>
    </message>
    <message>
        <source>Zoom to</source>
        <translation>Zoom a</translation>
    </message>
    <message>
        <source>Zoom the map to the selected layer</source>
        <translation>Apropa el mapa a la capa seleccionada</translation>
    </message>
    <message>
        <source>Run outputs</source>
        <translation>Resultats del càlcul</translation>
    </message>
    <message>
        <source>The outputs of the shown run; tick to show on the map</source>
        <translation>Els resultats del càlcul mostrat; marqueu per mostrar-los al mapa</translation>
    </message>
    <message>
        <source>Opacity of the selected run output</source>
        <translation>Opacitat del resultat seleccionat</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Zoom a la capa</translation>
    </message>
    <message>
        <source>Open attribute table</source>
        <translation>Obre la taula d&apos;atributs</translation>
    </message>
    <message>
        <source>Change colour…</source>
        <translation>Canvia el color…</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Elimina la capa</translation>
    </message>
</context>
<context>
    <name>LegendDock</name>
    <message>
        <source>Legend</source>
        <translation>Llegenda</translation>
    </message>
    <message>
        <source>What the symbols and colours on the map mean</source>
        <translation>Què volen dir els símbols i els colors del mapa</translation>
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
        <translation>envia el recurs</translation>
    </message>
    <message>
        <source>move_resource</source>
        <translation>desplaça el recurs</translation>
    </message>
    <message>
        <source>out_of_service</source>
        <translation>fora de servei</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>History</source>
        <extracomment>Start-up: the results, exercise and versions docks are built at the latest this long (ms) after the first docks, when the live flood is not shown before (no scenario, a dynamic flood).</extracomment>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&lt;project opened&gt;</source>
        <translation>&lt;projecte obert&gt;</translation>
    </message>
    <message>
        <source>Every edit, oldest first; click a line to go back to it</source>
        <translation>Cada edició, la més antiga primer; feu clic en una línia per tornar-hi</translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation>sense SRC</translation>
    </message>
    <message>
        <source>Map: tabletop exercise (run results hidden)</source>
        <translation>Mapa: exercici de simulació (resultats amagats)</translation>
    </message>
    <message>
        <source>Exercise T+{0:02d}:{1:02d} — {2} road piece(s) closed</source>
        <translation>Exercici T+{0:02d}:{1:02d} — {2} tram(s) de carretera tallat(s)</translation>
    </message>
    <message>
        <source>Results out of date: {0}</source>
        <translation>Resultats desactualitzats: {0}</translation>
    </message>
    <message>
        <source>Coverage updated for your last edit</source>
        <translation>Cobertura actualitzada per a la darrera edició</translation>
    </message>
    <message>
        <source>Results: {0} — updating coverage…</source>
        <translation>Resultats: {0} — s&apos;actualitza la cobertura…</translation>
    </message>
    <message>
        <source>Results: {0}{hidden}</source>
        <translation>Resultats: {0}{hidden}</translation>
    </message>
    <message>
        <source>Results {reason}</source>
        <translation>Resultats {reason}</translation>
    </message>
    <message>
        <source>{0}[*] — floodplan</source>
        <translation>{0}[*] — floodplan</translation>
    </message>
    <message>
        <source>doing &apos;{0}&apos;</source>
        <translation>en fer «{0}»</translation>
    </message>
    <message>
        <source>Nothing selected to delete.</source>
        <translation>No hi ha res seleccionat per eliminar.</translation>
    </message>
    <message>
        <source>set its crest, type, owner and cost in the Properties panel.</source>
        <translation>definiu la cota de coronament, el tipus, el titular i el cost al quadre Propietats.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Obre un projecte</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>S&apos;ha obert {0}</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Desa el projecte com a</translation>
    </message>
    <message>
        <source>{0} Overwrite it with this version?</source>
        <translation>{0} El voleu sobreescriure amb aquesta versió?</translation>
    </message>
    <message>
        <source>Not saved: {0} changed on disk</source>
        <translation>No desat: {0} ha canviat al disc</translation>
    </message>
    <message>
        <source>saving {path}</source>
        <translation>en desar {path}</translation>
    </message>
    <message>
        <source>Saved {target}</source>
        <translation>S&apos;ha desat {target}</translation>
    </message>
    <message>
        <source>floodplan</source>
        <translation>floodplan</translation>
    </message>
    <message>
        <source>{0} has unsaved changes. Save them?</source>
        <translation>{0} té canvis sense desar. Els voleu desar?</translation>
    </message>
    <message>
        <source>Add layers</source>
        <translation>Afegeix capes</translation>
    </message>
    <message>
        <source>Added {0}</source>
        <translation>S&apos;ha afegit {0}</translation>
    </message>
    <message>
        <source>{0} could not be read ({first}); the project is unchanged. Details are in {1}.</source>
        <translation>No s&apos;ha pogut llegir {0} ({first}); el projecte no ha canviat. Els detalls són a {1}.</translation>
    </message>
    <message>
        <source>Autosaved a recovery copy at {0}</source>
        <translation>Còpia de recuperació desada automàticament a les {0}</translation>
    </message>
    <message>
        <source>floodplan stopped unexpectedly last time; it had no unsaved changes to recover. What happened is in the log {log_file} (Help &gt; Show log folder).</source>
        <translation>floodplan es va aturar inesperadament la darrera vegada; no hi havia canvis sense desar per recuperar. El que va passar és al registre {log_file} (Ajuda &gt; Mostra la carpeta del registre).</translation>
    </message>
    <message>
        <source>{how}; changes to {name} autosaved at {when} were kept. Recover them?</source>
        <translation>{how}; s&apos;han conservat els canvis a {name} desats automàticament a les {when}. Els voleu recuperar?</translation>
    </message>
    <message>
        <source>Cursor position in the project&apos;s working CRS (m)</source>
        <translation>Posició del cursor en el SRC de treball del projecte (m)</translation>
    </message>
    <message>
        <source>Cursor position in longitude and latitude (WGS 84)</source>
        <translation>Posició del cursor en longitud i latitud (WGS 84)</translation>
    </message>
    <message>
        <source>Map scale on this screen</source>
        <translation>Escala del mapa en aquesta pantalla</translation>
    </message>
    <message>
        <source>Which results the map and the Results panel show, and whether they are current</source>
        <translation>Quins resultats mostren el mapa i el quadre Resultats, i si estan al dia</translation>
    </message>
    <message>
        <source>{x:,.1f} E  {y:,.1f} N</source>
        <translation>{x:,.1f} E  {y:,.1f} N</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Projecte nou</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Comença un projecte buit</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Obre…</translation>
    </message>
    <message>
        <source>Open a floodplan project (.gpkg)</source>
        <translation>Obre un projecte de floodplan (.gpkg)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Desa</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Desa el projecte</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Desa &amp;com a…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>Desa el projecte amb un altre nom</translation>
    </message>
    <message>
        <source>&amp;Add layer…</source>
        <translation>&amp;Afegeix una capa…</translation>
    </message>
    <message>
        <source>Add layers from GIS files (or drop files on the window)</source>
        <translation>Afegeix capes des de fitxers SIG (o deixeu anar fitxers a la finestra)</translation>
    </message>
    <message>
        <source>New project from &amp;public data…</source>
        <translation>Projecte nou a partir de dades &amp;públiques…</translation>
    </message>
    <message>
        <source>Build a project from elevation tiles and an OpenStreetMap extract</source>
        <translation>Construeix un projecte a partir de tessel·les d&apos;elevació i un extracte d&apos;OpenStreetMap</translation>
    </message>
    <message>
        <source>&amp;Export map plate…</source>
        <translation>&amp;Exporta la làmina del mapa…</translation>
    </message>
    <message>
        <source>A map plate for a joint meeting (PDF, PNG or SVG, A4–A0, two languages)</source>
        <translation>Una làmina del mapa per a una reunió conjunta (PDF, PNG o SVG, A4–A0, dues llengües)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exporta l&apos;&amp;informe…</translation>
    </message>
    <message>
        <source>The scenario report (HTML or PDF) with its tables as CSV and GeoPackage</source>
        <translation>L&apos;informe de l&apos;escenari (HTML o PDF) amb les taules com a CSV i GeoPackage</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Surt</translation>
    </message>
    <message>
        <source>Close floodplan</source>
        <translation>Tanca floodplan</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Parà&amp;metres…</translation>
    </message>
    <message>
        <source>The interface language and the autosave interval</source>
        <translation>La llengua de la interfície i l&apos;interval de desament automàtic</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Elimina la selecció</translation>
    </message>
    <message>
        <source>Delete the selected feature</source>
        <translation>Elimina l&apos;element seleccionat</translation>
    </message>
    <message>
        <source>Zoom to &amp;everything</source>
        <translation>Zoom a &amp;tot</translation>
    </message>
    <message>
        <source>Show every layer</source>
        <translation>Mostra totes les capes</translation>
    </message>
    <message>
        <source>Zoom to &amp;layer</source>
        <translation>Zoom a la &amp;capa</translation>
    </message>
    <message>
        <source>Show the layer selected in the Layers panel</source>
        <translation>Mostra la capa seleccionada al quadre Capes</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Apropa</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Apropa</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;llunya</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Allunya</translation>
    </message>
    <message>
        <source>Open &amp;attribute table</source>
        <translation>Obre la &amp;taula d&apos;atributs</translation>
    </message>
    <message>
        <source>List the selected layer&apos;s features</source>
        <translation>Llista els elements de la capa seleccionada</translation>
    </message>
    <message>
        <source>&amp;Run scenario</source>
        <translation>&amp;Calcula l&apos;escenari</translation>
    </message>
    <message>
        <source>Run the scenario shown in the Scenario panel (in the background; Cancel stops it)</source>
        <translation>Calcula l&apos;escenari mostrat al quadre Escenari (en segon pla; Cancel·la l&apos;atura)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancel·la el càlcul</translation>
    </message>
    <message>
        <source>Stop the running scenario after its current step; nothing is changed</source>
        <translation>Atura l&apos;escenari en curs després del pas actual; no es canvia res</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Mostra la carpeta del &amp;registre</translation>
    </message>
    <message>
        <source>Open the folder of floodplan&apos;s log file (what to send with a bug report)</source>
        <translation>Obre la carpeta del fitxer de registre de floodplan (el que cal enviar amb un informe d&apos;error)</translation>
    </message>
    <message>
        <source>How to plan a joint &amp;defense</source>
        <translation>Com planificar una &amp;defensa conjunta</translation>
    </message>
    <message>
        <source>A short step-by-step guide</source>
        <translation>Una guia breu pas a pas</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Dreceres de teclat</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Llista les dreceres de teclat</translation>
    </message>
    <message>
        <source>&amp;About floodplan</source>
        <translation>&amp;Quant a floodplan</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Versió i llicències</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfés</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Desfés la darrera edició (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refés</translation>
    </message>
    <message>
        <source>Redo the last undone edit (Ctrl+Shift+Z)</source>
        <translation>Refés la darrera edició desfeta (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fitxer</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Obre &amp;recents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edita</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualitza</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Quadres</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>E&amp;scenari</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fitxer</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Càlcul</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegació</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Edició</translation>
    </message>
    <message>
        <source>Kind of resource the Place resource tool puts on the map</source>
        <translation>Tipus de recurs que l&apos;eina «Situa un recurs» posa al mapa</translation>
    </message>
    <message>
        <source>No scenario to run: add one in the Scenario panel.</source>
        <translation>No hi ha cap escenari per calcular: afegiu-ne un al quadre Escenari.</translation>
    </message>
    <message>
        <source>A run is already going; Shift+F5 cancels it.</source>
        <translation>Ja hi ha un càlcul en curs; Maj+F5 el cancel·la.</translation>
    </message>
</context>
<context>
    <name>MapTool</name>
    <message>
        <source>Tool</source>
        <translation>Eina</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplaça</translation>
    </message>
    <message>
        <source>Pan the map by dragging (Shift+drag zooms to a box; the wheel zooms at the cursor)</source>
        <translation>Desplaceu el mapa arrossegant (Maj+arrossegar fa zoom a un rectangle; la roda fa zoom al cursor)</translation>
    </message>
    <message>
        <source>Zoom to box</source>
        <translation>Zoom a un rectangle</translation>
    </message>
    <message>
        <source>Drag a box to zoom to it; click to zoom in, right-click to zoom out</source>
        <translation>Dibuixeu un rectangle per fer-hi zoom; clic per apropar, clic dret per allunyar</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identifica</translation>
    </message>
    <message>
        <source>Click a feature to see its attributes</source>
        <translation>Feu clic en un element per veure&apos;n els atributs</translation>
    </message>
    <message>
        <source>Select / move</source>
        <translation>Selecciona / mou</translation>
    </message>
    <message>
        <source>Click a feature to select it; drag a selected defense or resource to move it; Delete removes it</source>
        <translation>Feu clic en un element per seleccionar-lo; arrossegueu una defensa o un recurs seleccionat per moure&apos;l; Supr l&apos;elimina</translation>
    </message>
    <message>
        <source>Draw defense</source>
        <translation>Dibuixa una defensa</translation>
    </message>
    <message>
        <source>Draw a levee, wall or mobile barrier: click its vertices (they snap to existing defenses), double-click or press Enter to finish, Esc to cancel</source>
        <translation>Dibuixeu una mota, un mur o una barrera mòbil: feu clic als vèrtexs (s&apos;enganxen a les defenses existents), doble clic o Retorn per acabar, Esc per cancel·lar</translation>
    </message>
    <message>
        <source>Edit vertices</source>
        <translation>Edita els vèrtexs</translation>
    </message>
    <message>
        <source>Reshape the selected defense: drag a vertex, double-click a segment to add one, right-click a vertex to remove it</source>
        <translation>Canvieu la forma de la defensa seleccionada: arrossegueu un vèrtex, doble clic en un segment per afegir-ne un, clic dret en un vèrtex per eliminar-lo</translation>
    </message>
    <message>
        <source>Place resource</source>
        <translation>Situa un recurs</translation>
    </message>
    <message>
        <source>Click to place a resource (fire, ambulance, rescue, pump, shelter, hospital) of the chosen kind</source>
        <translation>Feu clic per situar un recurs (bombers, ambulància, rescat, bomba, alberg, hospital) del tipus triat</translation>
    </message>
    <message>
        <source>Mark breach</source>
        <translation>Marca una bretxa</translation>
    </message>
    <message>
        <source>Click a defense to mark it breached (failing) in the active scenario; click again to undo the mark</source>
        <translation>Feu clic en una defensa per marcar-la trencada (que falla) a l&apos;escenari actiu; un altre clic desfà la marca</translation>
    </message>
</context>
<context>
    <name>NewProjectWizard</name>
    <message>
        <source>New project from public data</source>
        <translation>Projecte nou a partir de dades públiques</translation>
    </message>
    <message>
        <source>Build and save the project</source>
        <translation>Construeix i desa el projecte</translation>
    </message>
    <message>
        <source>Stop building (nothing is written) or close the wizard</source>
        <translation>Atura la construcció (no s&apos;escriu res) o tanca l&apos;assistent</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Projecte nou</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ha fallat</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>anul·lat; no s&apos;ha escrit res</translation>
    </message>
</context>
<context>
    <name>Orientation</name>
    <message>
        <source>landscape</source>
        <extracomment>Dots per inch of the preview: enough to read the layout, cheap enough to redraw in ~0.3 s. Quiet time (ms) after the last change before the preview is redrawn. The page orientations as the Orientation box shows them (for lupdate; the codes are the layout&apos;s data).</extracomment>
        <translation>horitzontal</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>vertical</translation>
    </message>
</context>
<context>
    <name>OsmPage</name>
    <message>
        <source>OpenStreetMap (optional)</source>
        <translation>OpenStreetMap (opcional)</translation>
    </message>
    <message>
        <source>An OpenStreetMap extract (.osm.pbf) gives the buildings, roads, rivers, borders and stations. Leave it empty for a project with the elevation only.</source>
        <translation>Un extracte d&apos;OpenStreetMap (.osm.pbf) aporta els edificis, les carreteres, els rius, les fronteres i les bases. Deixeu-lo buit per a un projecte només amb l&apos;elevació.</translation>
    </message>
    <message>
        <source>e.g. andorra.osm.pbf (optional)</source>
        <translation>p. ex. andorra.osm.pbf (opcional)</translation>
    </message>
    <message>
        <source>Path of the OpenStreetMap extract</source>
        <translation>Camí de l&apos;extracte d&apos;OpenStreetMap</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Navega…</translation>
    </message>
    <message>
        <source>Choose the OpenStreetMap extract</source>
        <translation>Trieu l&apos;extracte d&apos;OpenStreetMap</translation>
    </message>
    <message>
        <source>&amp;Extract:</source>
        <translation>&amp;Extracte:</translation>
    </message>
    <message>
        <source>OpenStreetMap extract</source>
        <translation>Extracte d&apos;OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>ProgressWidget</name>
    <message>
        <source>Cancel</source>
        <extracomment>Jobs whose thread is still running; holding them here keeps Python from deleting a running QThread when the caller drops its reference (which would abort the process). Seconds between two progress signals at most (20 Hz): the GUI never needs more, and every queued signal costs the GUI thread an event; the engine may report as often as it likes. Emitted in the GUI thread after everything else of the job (its on_finished callback included): what tests and scripts wait on, instead of polling for a state with a timeout. Steps of the bar (the fraction is shown to 0.1 %).</extracomment>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <source>Stop the run after its current step; nothing is changed</source>
        <translation>Atura el càlcul després del pas actual; no es canvia res</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>s&apos;inicia…</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>es cancel·la…</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Propietats</translation>
    </message>
    <message>
        <source>Nothing selected. Use Identify or Select on the map.</source>
        <translation>No hi ha res seleccionat. Feu servir Identifica o Selecciona al mapa.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>All attributes of the selected feature</source>
        <translation>Tots els atributs de l&apos;element seleccionat</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Defensa</translation>
    </message>
    <message>
        <source>The defense&apos;s id (scenarios name breaches by it)</source>
        <translation>L&apos;identificador de la defensa (els escenaris anomenen les bretxes amb ell)</translation>
    </message>
    <message>
        <source>Crest elevation (m)</source>
        <translation>Cota de coronament (m)</translation>
    </message>
    <message>
        <source>Height above ground (m)</source>
        <translation>Alçada sobre el terreny (m)</translation>
    </message>
    <message>
        <source>Give the crest as an elevation (same datum as the DEM) or as a height above the ground</source>
        <translation>Doneu el coronament com a cota (mateix datum que el MDE) o com a alçada sobre el terreny</translation>
    </message>
    <message>
        <source>levee (earth bank), wall (flood wall) or mobile (demountable barrier)</source>
        <translation>levee (mota de terra), wall (mur de defensa) o mobile (barrera desmuntable)</translation>
    </message>
    <message>
        <source>existing: built; planned: built only in scenarios that include planned defenses</source>
        <translation>existing: construïda; planned: només en els escenaris que inclouen les defenses previstes</translation>
    </message>
    <message>
        <source>The jurisdiction that owns (and pays for) the defense</source>
        <translation>La jurisdicció que és titular de la defensa (i la paga)</translation>
    </message>
    <message>
        <source>Cost in currency units (split between jurisdictions by benefit in the appraisal)</source>
        <translation>Cost en unitats monetàries (repartit entre jurisdiccions segons el benefici a l&apos;avaluació)</translation>
    </message>
    <message>
        <source>Breached in the active scenario</source>
        <translation>Trencada a l&apos;escenari actiu</translation>
    </message>
    <message>
        <source>A breached defense is left out of the terrain in the active scenario</source>
        <translation>Una defensa trencada queda fora del terreny a l&apos;escenari actiu</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Crest given as</source>
        <translation>Coronament donat com a</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estat</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicció</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurs</translation>
    </message>
    <message>
        <source>People it can take (shelters, hospitals)</source>
        <translation>Persones que pot acollir (albergs, hospitals)</translation>
    </message>
    <message>
        <source>Serves across the border</source>
        <translation>Actua a l&apos;altra banda de la frontera</translation>
    </message>
    <message>
        <source>Joint mode: cross-border resources serve and travel in both countries</source>
        <translation>Mode conjunt: els recursos transfronterers actuen i circulen als dos països</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>En servei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacitat</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplica</translation>
    </message>
    <message>
        <source>Apply the changes (one undoable edit)</source>
        <translation>Aplica els canvis (una edició que es pot desfer)</translation>
    </message>
    <message>
        <source>Zoom to</source>
        <translation>Zoom a</translation>
    </message>
    <message>
        <source>&lt;b&gt;{layer}&lt;/b&gt; — feature {fid} ({0})</source>
        <translation>&lt;b&gt;{layer}&lt;/b&gt; — element {fid} ({0})</translation>
    </message>
    <message>
        <source>Breached in scenario &apos;{0}&apos;</source>
        <translation>Trencada a l&apos;escenari «{0}»</translation>
    </message>
    <message>
        <source>Breached (add a scenario first)</source>
        <translation>Trencada (primer afegiu un escenari)</translation>
    </message>
    <message>
        <source>Converted with the mean ground under the line, {ground:.2f} m; Apply to keep it</source>
        <translation>Convertit amb el terreny mitjà sota la línia, {ground:.2f} m; Aplica per conservar-lo</translation>
    </message>
    <message>
        <source>No DEM under the line: check the value before you Apply</source>
        <translation>No hi ha MDE sota la línia: comproveu el valor abans d&apos;aplicar</translation>
    </message>
    <message>
        <source>Edit {what} {0}</source>
        <translation>Edita {what} {0}</translation>
    </message>
</context>
<context>
    <name>RiskPane</name>
    <message>
        <source>Compute risk</source>
        <translation>Calcula el risc</translation>
    </message>
    <message>
        <source>Damage over the project&apos;s hq&lt;N&gt; floods, EAD per jurisdiction, and each defense&apos;s Shapley benefit, BCR and cost shares</source>
        <translation>Danys per a les inundacions hq&lt;N&gt; del projecte, EAD per jurisdicció i, per a cada defensa, benefici de Shapley, RBC i quotes de cost</translation>
    </message>
    <message>
        <source>Scheme of:</source>
        <translation>Defenses de:</translation>
    </message>
    <message>
        <source>Press Compute risk.</source>
        <translation>Premeu Calcula el risc.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Àrea</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>EAD (EUR/yr)</source>
        <translation>EAD (EUR/any)</translation>
    </message>
    <message>
        <source>EAP (people/yr)</source>
        <translation>EAP (persones/any)</translation>
    </message>
    <message>
        <source>EAD without</source>
        <translation>EAD sense</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Defensa</translation>
    </message>
    <message>
        <source>Benefit (EUR/yr)</source>
        <translation>Benefici (EUR/any)</translation>
    </message>
    <message>
        <source>BCR</source>
        <translation>RBC</translation>
    </message>
    <message>
        <source>NPV (EUR)</source>
        <translation>VAN (EUR)</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicció</translation>
    </message>
    <message>
        <source>Avoided (EUR/yr)</source>
        <translation>Evitat (EUR/any)</translation>
    </message>
    <message>
        <source>Cost share %</source>
        <translation>Quota de cost %</translation>
    </message>
    <message>
        <source>Harm (EUR/yr)</source>
        <translation>Perjudici (EUR/any)</translation>
    </message>
    <message>
        <source>done: {0} floods, Shapley values {1}</source>
        <translation>fet: {0} inundacions, valors de Shapley {1}</translation>
    </message>
    <message>
        <source>{0}: EAD {1:,.0f} EUR/year, EAP {2:.1f} people/year; the defenses avoid {3:,.0f} EUR/year (curves: JRC Europe, 2010 EUR).{notes}</source>
        <translation>{0}: EAD {1:,.0f} EUR/any, EAP {2:.1f} persones/any; les defenses eviten {3:,.0f} EUR/any (corbes: JRC Europa, EUR del 2010).{notes}</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Where to save the new project. Finish builds it (this can take a minute).</source>
        <translation>On desar el projecte nou. Finalitza el construeix (pot trigar un minut).</translation>
    </message>
    <message>
        <source>e.g. valley.gpkg</source>
        <translation>p. ex. vall.gpkg</translation>
    </message>
    <message>
        <source>The new project file (a GeoPackage, .gpkg)</source>
        <translation>El fitxer de projecte nou (un GeoPackage, .gpkg)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Navega…</translation>
    </message>
    <message>
        <source>Choose where to save the project</source>
        <translation>Trieu on desar el projecte</translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translation>Fitxer del &amp;projecte:</translation>
    </message>
    <message>
        <source>Save new project</source>
        <translation>Desa el projecte nou</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <source>Save version</source>
        <translation>Desa la versió</translation>
    </message>
    <message>
        <source>what was decided, at which meeting</source>
        <translation>què es va decidir, i en quina reunió</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Escenari</translation>
    </message>
    <message>
        <source>The scenario to edit and run</source>
        <extracomment>called with the scenario&apos;s name when the user shows another scenario</extracomment>
        <translation>L&apos;escenari per editar i calcular</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nou</translation>
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
        <translation>Inundació</translation>
    </message>
    <message>
        <source>level: a flat water level; profile: levels along the river; volume: the water held</source>
        <translation>nivell: una làmina d&apos;aigua plana; perfil: nivells al llarg del riu; volum: l&apos;aigua retinguda</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipus</translation>
    </message>
    <message>
        <source>Water level</source>
        <translation>Nivell de l&apos;aigua</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volum</translation>
    </message>
    <message>
        <source>Profile layer</source>
        <translation>Capa de perfil</translation>
    </message>
    <message>
        <source>Profile flood</source>
        <translation>Inundació del perfil</translation>
    </message>
    <message>
        <source>Drag to preview the flood at another level, volume or profile offset; the scenario is not changed unless you keep the preview</source>
        <translation>Arrossegueu per previsualitzar la inundació amb un altre nivell, volum o desplaçament del perfil; l&apos;escenari no canvia si no conserveu la previsualització</translation>
    </message>
    <message>
        <source>Live flood</source>
        <translation>Inundació en directe</translation>
    </message>
    <message>
        <source>Keep in this scenario</source>
        <translation>Conserva</translation>
    </message>
    <message>
        <source>Make the previewed flood this scenario&apos;s flood (one undoable edit)</source>
        <translation>Fes de la inundació previsualitzada la d&apos;aquest escenari (una edició que es pot desfer)</translation>
    </message>
    <message>
        <source>Save as new scenario…</source>
        <translation>Com a escenari nou…</translation>
    </message>
    <message>
        <source>A copy of this scenario with the previewed flood (undoable)</source>
        <translation>Una còpia d&apos;aquest escenari amb la inundació previsualitzada (es pot desfer)</translation>
    </message>
    <message>
        <source>Back to the scenario</source>
        <translation>Torna a l&apos;escenari</translation>
    </message>
    <message>
        <source>Show this scenario&apos;s own flood again</source>
        <translation>Torna a mostrar la inundació pròpia d&apos;aquest escenari</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>joint: cross-border resources serve both sides; national: each country alone</source>
        <translation>conjunt: els recursos transfronterers serveixen els dos costats; nacional: cada país sol</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Roads under deeper water than this are impassable for response vehicles (kinds without their own limit below, resources without max_wading_m)</source>
        <translation>Les carreteres sota aigua més profunda són intransitables per als vehicles d&apos;emergència (tipus sense límit propi a sota, recursos sense max_wading_m)</translation>
    </message>
    <message>
        <source>Wading limit</source>
        <translation>Límit de gual</translation>
    </message>
    <message>
        <source>Wading limit per kind</source>
        <translation>Límit de gual per tipus</translation>
    </message>
    <message>
        <source>Water a boat needs: boats move only through cells at least this deep</source>
        <translation>Aigua que necessita una barca: les barques només passen per cel·les almenys així de fondes</translation>
    </message>
    <message>
        <source>Boat draft</source>
        <translation>Calat de les barques</translation>
    </message>
    <message>
        <source>Resources and buildings farther than this from the nearest road are unreachable (a project setting, for every scenario)</source>
        <translation>Els recursos i edificis més lluny d&apos;aquesta distància de la carretera més propera són inaccessibles (un paràmetre del projecte, per a tots els escenaris)</translation>
    </message>
    <message>
        <source>Max distance to a road</source>
        <translation>Distància màxima a una carretera</translation>
    </message>
    <message>
        <source>Target minutes</source>
        <translation>Temps objectiu (minuts)</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Defenses</translation>
    </message>
    <message>
        <source>Include planned defenses</source>
        <translation>Inclou les defenses previstes</translation>
    </message>
    <message>
        <source>Unticked defenses are breached (left out of the terrain)</source>
        <translation>Les defenses sense marcar estan trencades (fora del terreny)</translation>
    </message>
    <message>
        <source>Run scenario</source>
        <translation>Calcula l&apos;escenari</translation>
    </message>
    <message>
        <source>The project has no scenario: press New to add one.</source>
        <translation>El projecte no té cap escenari: premeu Nou per afegir-ne un.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>other kinds</source>
        <translation>altres tipus</translation>
    </message>
    <message>
        <source>Water a {kind} vehicle drives through (a boat: its trailer); a resource&apos;s max_wading_m overrides it</source>
        <translation>Aigua que travessa un vehicle de tipus {kind} (una barca: el seu remolc); el max_wading_m d&apos;un recurs té prioritat</translation>
    </message>
    <message>
        <source>{0} (planned)</source>
        <translation>{0} (prevista)</translation>
    </message>
    <message>
        <source>Scenario name:</source>
        <translation>Nom de l&apos;escenari:</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Escenari nou</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Duplica l&apos;escenari</translation>
    </message>
    <message>
        <source>preparing the live flood…</source>
        <translation>es prepara la inundació en directe…</translation>
    </message>
    <message>
        <source>Live flood unavailable: {0}</source>
        <translation>Inundació en directe no disponible: {0}</translation>
    </message>
    <message>
        <source>Save previewed flood as a scenario</source>
        <translation>Desa la inundació previsualitzada com a escenari</translation>
    </message>
    <message>
        <source>A {0} flood shows on the map after Run.</source>
        <translation>Una inundació de tipus {0} apareix al mapa després de calcular.</translation>
    </message>
    <message>
        <source>{label}: {0:,.1f} ha flooded, deepest {1:.2f} m{note}</source>
        <translation>{label}: {0:,.1f} ha inundades, calat màxim {1:.2f} m{note}</translation>
    </message>
    <message>
        <source>Running {0}…</source>
        <translation>Es calcula {0}…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fet</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anul·lat</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Anul·lat; no s&apos;ha canviat res.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ha fallat</translation>
    </message>
    <message>
        <source>Gaps ({mode}, {0}): {1} building(s), {2:,.0f} people not reached in time</source>
        <translation>Buits ({mode}, {0}): {1} edifici(s), {2:,.0f} persones no ateses a temps</translation>
    </message>
</context>
<context>
    <name>SchemePane</name>
    <message>
        <source>Whose defenses make the scheme (the scenario&apos;s flood is not used)</source>
        <extracomment>Events as ``T=FLOOD,…`` (None: the project&apos;s hq&lt;N&gt; profile floods).</extracomment>
        <translation>De qui són les defenses que formen l&apos;esquema (no es fa servir la inundació de l&apos;escenari)</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation>anul·lat; no s&apos;ha canviat res</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paràmetres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Llengua del sistema</translation>
    </message>
    <message>
        <source>The language of menus, panels and messages; &apos;floodplan --lang CODE&apos; overrides it</source>
        <translation>La llengua dels menús, quadres i missatges; «floodplan --lang CODI» hi té prioritat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Llengua</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between recovery copies of a project with unsaved changes</source>
        <translation>Minuts entre còpies de recuperació d&apos;un projecte amb canvis sense desar</translation>
    </message>
    <message>
        <source>Autosave every</source>
        <translation>Desa automàticament cada</translation>
    </message>
    <message>
        <source>A new language applies when floodplan starts next.</source>
        <translation>Una llengua nova s&apos;aplica la propera vegada que s&apos;inicia floodplan.</translation>
    </message>
</context>
<context>
    <name>TabletopDock</name>
    <message>
        <source>Tabletop exercise</source>
        <translation>Exercici de simulació</translation>
    </message>
    <message>
        <source>The scenario whose tabletop exercise to run</source>
        <extracomment>True once the facilitator started, stepped or reset the exercise: only then is it on the map</extracomment>
        <translation>L&apos;escenari l&apos;exercici de simulació del qual es fa</translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>&amp;Exercici:</translation>
    </message>
    <message>
        <source>Local inertial (LISFLOOD-FP)</source>
        <translation>Inercial local (LISFLOOD-FP)</translation>
    </message>
    <message>
        <source>Full momentum (with advection)</source>
        <translation>Moment complet (amb advecció)</translation>
    </message>
    <message>
        <source>The flood model&apos;s momentum equation. Local inertial is the standard for floodplains; full momentum keeps the convective term and brings fast, shallow fronts over smooth ground in on time (about twice the computing time). Changing it restarts the exercise (undoable).</source>
        <translation>L&apos;equació de la quantitat de moviment del model d&apos;inundació. L&apos;inercial local és l&apos;estàndard per a planes inundables; el moment complet conserva el terme convectiu i fa arribar a temps els fronts ràpids i poc profunds sobre terreny llis (aproximadament el doble de temps de càlcul). Canviar-lo reinicia l&apos;exercici (es pot desfer).</translation>
    </message>
    <message>
        <source>Flood &amp;model:</source>
        <translation>&amp;Model d&apos;inundació:</translation>
    </message>
    <message>
        <source>Exercise time since the start (T+hh:mm) and the clock time in the exercise</source>
        <translation>Temps de l&apos;exercici des de l&apos;inici (T+hh:mm) i l&apos;hora del rellotge a l&apos;exercici</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reprodueix</translation>
    </message>
    <message>
        <source>Run the exercise step by step on its own; press again to pause</source>
        <translation>Fa avançar l&apos;exercici pas a pas tot sol; premeu de nou per fer una pausa</translation>
    </message>
    <message>
        <source>+{m} min</source>
        <translation>+{m} min</translation>
    </message>
    <message>
        <source>Advance the exercise by {m} minutes</source>
        <translation>Avança l&apos;exercici {m} minuts</translation>
    </message>
    <message>
        <source>Minutes since the start to jump to (forward only: the flood cannot run back)</source>
        <translation>Minuts des de l&apos;inici als quals saltar (només endavant: la inundació no pot tornar enrere)</translation>
    </message>
    <message>
        <source>&amp;Jump</source>
        <translation>&amp;Salta</translation>
    </message>
    <message>
        <source>Advance the exercise to the minute on the left</source>
        <translation>Avança l&apos;exercici fins al minut de l&apos;esquerra</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Reinicia</translation>
    </message>
    <message>
        <source>Start the exercise again from minute 0 (the decision log is kept)</source>
        <translation>Torna a començar l&apos;exercici des del minut 0 (el registre de decisions es conserva)</translation>
    </message>
    <message>
        <source>Jump &amp;to:</source>
        <translation>Salta &amp;a:</translation>
    </message>
    <message>
        <source>Coverage now (people reached in time)</source>
        <translation>Cobertura ara (persones ateses a temps)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Població</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Coberts</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>No atesos</translation>
    </message>
    <message>
        <source>Covered %</source>
        <translation>Coberts %</translation>
    </message>
    <message>
        <source>Per country and response mode, at the exercise&apos;s current time</source>
        <translation>Per país i mode de resposta, a l&apos;hora actual de l&apos;exercici</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Incidències</translation>
    </message>
    <message>
        <source>Injects as they fall due; the newest are highlighted</source>
        <translation>Incidències a mesura que arriben; les més noves estan ressaltades</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Scripted decisions that have fallen due; apply one when the teams take it</source>
        <translation>Decisions previstes que ja toquen; apliqueu-ne una quan els equips la prenguin</translation>
    </message>
    <message>
        <source>Due (scripted):</source>
        <translation>Pendents (previstes):</translation>
    </message>
    <message>
        <source>&amp;Apply decision</source>
        <translation>&amp;Aplica la decisió</translation>
    </message>
    <message>
        <source>Apply the selected scripted decision in the exercise now (undoable); the plan is unchanged</source>
        <translation>Aplica ara a l&apos;exercici la decisió prevista seleccionada (es pot desfer); el pla no canvia</translation>
    </message>
    <message>
        <source>What was decided or observed</source>
        <translation>Què s&apos;ha decidit o observat</translation>
    </message>
    <message>
        <source>The log entry&apos;s text; it gets the exercise&apos;s current time</source>
        <translation>El text de l&apos;entrada del registre; rep l&apos;hora actual de l&apos;exercici</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>note: text only; send_resource: the resource may serve across the border (and moves to the map point); move_resource: to the map point; out_of_service: the resource stops responding</source>
        <translation>nota: només text; envia el recurs: el recurs pot actuar a l&apos;altra banda de la frontera (i va al punt del mapa); desplaça el recurs: al punt del mapa; fora de servei: el recurs deixa de respondre</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipus:</translation>
    </message>
    <message>
        <source>The resource the decision concerns (by id)</source>
        <translation>El recurs a què es refereix la decisió (per identificador)</translation>
    </message>
    <message>
        <source>Re&amp;source:</source>
        <translation>Re&amp;curs:</translation>
    </message>
    <message>
        <source>no map point</source>
        <translation>cap punt al mapa</translation>
    </message>
    <message>
        <source>Pick a point on the map to tie the entry to a place</source>
        <translation>Trieu un punt al mapa per lligar l&apos;entrada a un lloc</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Esborra</translation>
    </message>
    <message>
        <source>Forget the map point</source>
        <translation>Oblida el punt del mapa</translation>
    </message>
    <message>
        <source>Map point:</source>
        <translation>Punt al mapa:</translation>
    </message>
    <message>
        <source>Add to &amp;log</source>
        <translation>Afegeix al &amp;registre</translation>
    </message>
    <message>
        <source>Record the entry at the current time (one undoable edit)</source>
        <translation>Registra l&apos;entrada a l&apos;hora actual (una edició que es pot desfer)</translation>
    </message>
    <message>
        <source>The decision log, saved in the project (Undo takes an entry back)</source>
        <translation>El registre de decisions, desat al projecte (Desfés retira una entrada)</translation>
    </message>
    <message>
        <source>Adopt into the &amp;plan</source>
        <translation>Adopta al &amp;pla</translation>
    </message>
    <message>
        <source>Make the selected logged decision part of the plan: move or change the resource in its resources layer (one undoable edit). Until then decisions stay in the exercise.</source>
        <translation>Fes que la decisió registrada seleccionada formi part del pla: mou o canvia el recurs a la seva capa (una edició que es pot desfer). Fins aleshores, les decisions es queden a l&apos;exercici.</translation>
    </message>
    <message>
        <source>Write after-action &amp;report…</source>
        <translation>Escriu l&apos;&amp;informe posterior…</translation>
    </message>
    <message>
        <source>Replay the whole exercise with the logged decisions and write its report into a folder</source>
        <translation>Reprodueix tot l&apos;exercici amb les decisions registrades i escriu-ne l&apos;informe en una carpeta</translation>
    </message>
    <message>
        <source>No scenario of this project has a tabletop exercise.</source>
        <translation>Cap escenari d&apos;aquest projecte té exercici de simulació.</translation>
    </message>
    <message>
        <source>Preparing the exercise (flood model, road network)…</source>
        <translation>Es prepara l&apos;exercici (model d&apos;inundació, xarxa viària)…</translation>
    </message>
    <message>
        <source>Ready: press Play or a step button.</source>
        <translation>A punt: premeu Reprodueix o un botó de pas.</translation>
    </message>
    <message>
        <source>The flood cannot run backwards: press Reset to start again.</source>
        <translation>La inundació no pot anar enrere: premeu Reinicia per tornar a començar.</translation>
    </message>
    <message>
        <source>Running the flood to {0}…</source>
        <translation>La inundació avança fins a {0}…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ha fallat</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anul·lat</translation>
    </message>
    <message>
        <source>Stopped; the exercise stays at the last step shown.</source>
        <translation>Aturat; l&apos;exercici es queda al darrer pas mostrat.</translation>
    </message>
    <message>
        <source>{0} shown</source>
        <translation>{0} mostrat</translation>
    </message>
    <message>
        <source>End of the exercise: write the after-action report, or Reset.</source>
        <translation>Final de l&apos;exercici: escriviu l&apos;informe posterior o reinicieu.</translation>
    </message>
    <message>
        <source>x {x:,.0f} m, y {y:,.0f} m</source>
        <translation>x {x:,.0f} m, y {y:,.0f} m</translation>
    </message>
    <message>
        <source>Logged at {0}: {text}{tail}</source>
        <translation>Registrat a les {0}: {text}{tail}</translation>
    </message>
    <message>
        <source>{0}: now part of the plan (Undo takes it back).</source>
        <translation>{0}: ara forma part del pla (Desfés ho retira).</translation>
    </message>
    <message>
        <source>Folder for the after-action report</source>
        <translation>Carpeta per a l&apos;informe posterior a l&apos;exercici</translation>
    </message>
    <message>
        <source>Replaying the whole exercise for the after-action report…</source>
        <translation>Es reprodueix tot l&apos;exercici per a l&apos;informe posterior…</translation>
    </message>
    <message>
        <source>After-action report written: {0}</source>
        <translation>Informe posterior a l&apos;exercici escrit: {0}</translation>
    </message>
</context>
<context>
    <name>VersionsDock</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Desa la versió…</translation>
    </message>
    <message>
        <source>Keep the plan as it is now, with its indicators, inside the project</source>
        <translation>Conserva el pla tal com és ara, amb els seus indicadors, dins el projecte</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaura</translation>
    </message>
    <message>
        <source>Put the selected version&apos;s plan back (Undo gives the current one back)</source>
        <translation>Recupera el pla de la versió seleccionada (Desfés torna l&apos;actual)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compara</translation>
    </message>
    <message>
        <source>Compare two selected versions, or one with the current plan</source>
        <translation>Compara dues versions seleccionades, o una amb el pla actual</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporta l&apos;informe…</translation>
    </message>
    <message>
        <source>Write the public progress report (page, PDF, open data) into a folder</source>
        <translation>Escriu l&apos;informe públic de progrés (pàgina, PDF, dades obertes) en una carpeta</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Select two versions (or one, to compare it with the current plan).</source>
        <translation>Seleccioneu dues versions (o una, per comparar-la amb el pla actual).</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenari</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Abans</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Després</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Canvi</translation>
    </message>
    <message>
        <source>per jurisdiction</source>
        <translation>per jurisdicció</translation>
    </message>
    <message>
        <source>per country</source>
        <translation>per país</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendència</translation>
    </message>
    <message>
        <source>{what} failed</source>
        <translation>{what}: ha fallat</translation>
    </message>
    <message>
        <source>cancelled; nothing changed</source>
        <translation>anul·lat; no s&apos;ha canviat res</translation>
    </message>
    <message>
        <source>not saved: the plan changed while its indicators were computed</source>
        <translation>no desat: el pla ha canviat mentre se&apos;n calculaven els indicadors</translation>
    </message>
    <message>
        <source>version &apos;{0}&apos; saved</source>
        <translation>versió «{0}» desada</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>comparat</translation>
    </message>
    <message>
        <source>From &apos;{0}&apos; ({1}) to {2} ({3})</source>
        <translation>De «{0}» ({1}) a {2} ({3})</translation>
    </message>
    <message>
        <source>no change to the plan</source>
        <translation>cap canvi al pla</translation>
    </message>
    <message>
        <source>Export progress report into folder</source>
        <translation>Exporta l&apos;informe de progrés a una carpeta</translation>
    </message>
    <message>
        <source>report written: {0}</source>
        <translation>informe escrit: {0}</translation>
    </message>
</context>
<context>
    <name>VertexTool</name>
    <message>
        <source>A defense needs at least two vertices; delete the defense instead.</source>
        <translation>Una defensa necessita almenys dos vèrtexs; elimineu la defensa.</translation>
    </message>
</context>
<context>
    <name>_ThreadErrors</name>
    <message>
        <source>working in the background</source>
        <translation>treballant en segon pla</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <source>Flood depth</source>
        <extracomment>A layer with more visible polygons than this draws its sub-pixel features as an image. Features whose bounding box is smaller than this many logical pixels go into the LOD image. Search radius (logical pixels) for identify, selection and snapping. The run&apos;s outputs as map layers (Layers panel › Run outputs): visibility and opacity of each. The run&apos;s outputs the Layers panel lists as layers (key: label).</extracomment>
        <translation>Calat d&apos;inundació</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>Buits de cobertura</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>Àrees de servei</translation>
    </message>
    <message>
        <source>Roads closed by water</source>
        <translation>Carreteres tallades per l&apos;aigua</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>no exposure figures</source>
        <translation>sense xifres d&apos;exposició</translation>
    </message>
    <message>
        <source>people in flooded buildings</source>
        <translation>persones en edificis inundats</translation>
    </message>
    <message>
        <source>Exposed population by water depth</source>
        <translation>Població exposada segons el calat</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>calat</translation>
    </message>
    <message>
        <source>no response figures</source>
        <translation>sense xifres de resposta</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>coberts</translation>
    </message>
    <message>
        <source>not reached in time</source>
        <translation>no atesos a temps</translation>
    </message>
    <message>
        <source>people</source>
        <translation>persones</translation>
    </message>
    <message>
        <source>Response coverage ({mode})</source>
        <translation>Cobertura de la resposta ({mode})</translation>
    </message>
    <message>
        <source>no cooperation figures</source>
        <translation>sense xifres de cooperació</translation>
    </message>
    <message>
        <source>covered people</source>
        <translation>persones cobertes</translation>
    </message>
    <message>
        <source>Cooperation gain (joint − national)</source>
        <translation>Guany de cooperació (conjunt − nacional)</translation>
    </message>
    <message>
        <source>no defenses appraised</source>
        <translation>cap defensa avaluada</translation>
    </message>
    <message>
        <source>benefit (people protected)</source>
        <translation>benefici (persones protegides)</translation>
    </message>
    <message>
        <source>harm (people flooded by it)</source>
        <translation>perjudici (persones inundades per la defensa)</translation>
    </message>
    <message>
        <source>Each defense&apos;s benefit and harm</source>
        <translation>Benefici i perjudici de cada defensa</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>{c}: exposed population</source>
        <translation>{c}: població exposada</translation>
    </message>
    <message>
        <source>{c}: covered population ({mode})</source>
        <translation>{c}: població coberta ({mode})</translation>
    </message>
    <message>
        <source>{c}: gap population ({mode})</source>
        <translation>{c}: població sense cobertura ({mode})</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>DEM read</source>
        <translation>MDE llegit</translation>
    </message>
    <message>
        <source>OpenStreetMap layers ready</source>
        <translation>capes d&apos;OpenStreetMap a punt</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>access done</source>
        <translation>accessibilitat feta</translation>
    </message>
    <message>
        <source>arrival at critical facilities</source>
        <translation>arribada a les instal·lacions crítiques</translation>
    </message>
    <message>
        <source>atlas written</source>
        <translation>atles escrit</translation>
    </message>
    <message>
        <source>buildings</source>
        <translation>edificis</translation>
    </message>
    <message>
        <source>charts</source>
        <translation>gràfics</translation>
    </message>
    <message>
        <source>checking the surface</source>
        <translation>es comprova la superfície</translation>
    </message>
    <message>
        <source>choosing candidate sites</source>
        <translation>es trien els emplaçaments candidats</translation>
    </message>
    <message>
        <source>contracting road chains</source>
        <translation>es contrauen les cadenes de carreteres</translation>
    </message>
    <message>
        <source>cooperation gain</source>
        <translation>guany de cooperació</translation>
    </message>
    <message>
        <source>counting connected pieces</source>
        <translation>es compten les parts connexes</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>cobertura</translation>
    </message>
    <message>
        <source>coverage done</source>
        <translation>cobertura feta</translation>
    </message>
    <message>
        <source>coverage timeline done</source>
        <translation>evolució de la cobertura feta</translation>
    </message>
    <message>
        <source>cumulative volumes</source>
        <translation>volums acumulats</translation>
    </message>
    <message>
        <source>cutting flooded roads</source>
        <translation>es tallen les carreteres inundades</translation>
    </message>
    <message>
        <source>defenses appraised</source>
        <translation>defenses avaluades</translation>
    </message>
    <message>
        <source>defenses, resources, profiles</source>
        <translation>defenses, recursos, perfils</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fet</translation>
    </message>
    <message>
        <source>elevation ready</source>
        <translation>elevació a punt</translation>
    </message>
    <message>
        <source>exercise done</source>
        <translation>exercici acabat</translation>
    </message>
    <message>
        <source>exercise ready</source>
        <translation>exercici a punt</translation>
    </message>
    <message>
        <source>finding countries and border crossings</source>
        <translation>es determinen els països i els passos fronterers</translation>
    </message>
    <message>
        <source>flood fill</source>
        <translation>ompliment de la inundació</translation>
    </message>
    <message>
        <source>flood model</source>
        <translation>model d&apos;inundació</translation>
    </message>
    <message>
        <source>flood model ready</source>
        <translation>model d&apos;inundació a punt</translation>
    </message>
    <message>
        <source>flood with and without</source>
        <translation>inundació amb i sense</translation>
    </message>
    <message>
        <source>flood with every defense</source>
        <translation>inundació amb cada defensa</translation>
    </message>
    <message>
        <source>gap polygons</source>
        <translation>polígons de buits</translation>
    </message>
    <message>
        <source>joining road vertices</source>
        <translation>s&apos;uneixen els vèrtexs de les carreteres</translation>
    </message>
    <message>
        <source>jurisdictions</source>
        <translation>jurisdiccions</translation>
    </message>
    <message>
        <source>jurisdictions and roads by country</source>
        <translation>jurisdiccions i carreteres per país</translation>
    </message>
    <message>
        <source>levels along the river</source>
        <translation>nivells al llarg del riu</translation>
    </message>
    <message>
        <source>map drawn</source>
        <translation>mapa dibuixat</translation>
    </message>
    <message>
        <source>maps</source>
        <translation>mapes</translation>
    </message>
    <message>
        <source>open data</source>
        <translation>dades obertes</translation>
    </message>
    <message>
        <source>page</source>
        <translation>pàgina</translation>
    </message>
    <message>
        <source>plate laid out</source>
        <translation>làmina composta</translation>
    </message>
    <message>
        <source>plate layout</source>
        <translation>disposició de la làmina</translation>
    </message>
    <message>
        <source>plate written</source>
        <translation>làmina escrita</translation>
    </message>
    <message>
        <source>preparing layers</source>
        <translation>es preparen les capes</translation>
    </message>
    <message>
        <source>profile flood model</source>
        <translation>model d&apos;inundació del perfil</translation>
    </message>
    <message>
        <source>reading elevation sources</source>
        <translation>es llegeixen les fonts d&apos;elevació</translation>
    </message>
    <message>
        <source>reading roads</source>
        <translation>es llegeixen les carreteres</translation>
    </message>
    <message>
        <source>reading the DEM</source>
        <translation>es llegeix el MDE</translation>
    </message>
    <message>
        <source>reading the OpenStreetMap extract</source>
        <translation>es llegeix l&apos;extracte d&apos;OpenStreetMap</translation>
    </message>
    <message>
        <source>relative terrain</source>
        <translation>terreny relatiu</translation>
    </message>
    <message>
        <source>report map</source>
        <translation>mapa de l&apos;informe</translation>
    </message>
    <message>
        <source>report tables</source>
        <translation>taules de l&apos;informe</translation>
    </message>
    <message>
        <source>report written</source>
        <translation>informe escrit</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>recursos</translation>
    </message>
    <message>
        <source>resources and buildings</source>
        <translation>recursos i edificis</translation>
    </message>
    <message>
        <source>road network</source>
        <translation>xarxa viària</translation>
    </message>
    <message>
        <source>road network ready</source>
        <translation>xarxa viària a punt</translation>
    </message>
    <message>
        <source>roads</source>
        <translation>carreteres</translation>
    </message>
    <message>
        <source>roads and rivers</source>
        <translation>carreteres i rius</translation>
    </message>
    <message>
        <source>service areas</source>
        <translation>àrees de servei</translation>
    </message>
    <message>
        <source>sites chosen</source>
        <translation>emplaçaments triats</translation>
    </message>
    <message>
        <source>solving the covering problem</source>
        <translation>es resol el problema de cobertura</translation>
    </message>
    <message>
        <source>spill levels (priority-flood)</source>
        <translation>nivells de desbordament (priority-flood)</translation>
    </message>
    <message>
        <source>surface from the nearest river cell</source>
        <translation>superfície des de la cel·la de riu més propera</translation>
    </message>
    <message>
        <source>tables for checking</source>
        <translation>taules per comprovar</translation>
    </message>
    <message>
        <source>terrain</source>
        <translation>terreny</translation>
    </message>
    <message>
        <source>travel times from candidate sites</source>
        <translation>temps de viatge des dels emplaçaments candidats</translation>
    </message>
    <message>
        <source>what the cross-border decisions changed</source>
        <translation>què han canviat les decisions transfrontereres</translation>
    </message>
</context>
<context>
    <name>ensemble_tab</name>
    <message>
        <source>Probability of flooding, T = {return_period:g} years</source>
        <translation>Probabilitat d&apos;inundació, T = {return_period:g} anys</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>floodplan: unexpected error</source>
        <translation>floodplan: error inesperat</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Export report</source>
        <translation>Exporta l&apos;informe</translation>
    </message>
    <message>
        <source>A report needs a scenario result; run the scenario first.</source>
        <translation>Un informe necessita un resultat d&apos;escenari; calculeu primer l&apos;escenari.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>S&apos;escriu l&apos;informe…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel·la</translation>
    </message>
    <message>
        <source>Report written: {0}</source>
        <translation>Informe escrit: {0}</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>About floodplan</source>
        <translation>Quant a floodplan</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplaça</translation>
    </message>
    <message>
        <source>drag with the middle button, or arrow keys</source>
        <translation>arrossegueu amb el botó del mig o amb les fletxes</translation>
    </message>
    <message>
        <source>Zoom at the cursor</source>
        <translation>Zoom al cursor</translation>
    </message>
    <message>
        <source>mouse wheel</source>
        <translation>roda del ratolí</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Apropa / allunya</translation>
    </message>
    <message>
        <source>Zoom to a box</source>
        <translation>Zoom a un rectangle</translation>
    </message>
    <message>
        <source>Shift+drag with the Pan tool</source>
        <translation>Maj+arrossegar amb l&apos;eina Desplaça</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Dreceres de teclat</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acció</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Drecera</translation>
    </message>
    <message>
        <source>How to plan a joint defense</source>
        <translation>Com planificar una defensa conjunta</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>Response resources</source>
        <translation>Recursos d&apos;emergència</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Defenses</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>existent</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prevista</translation>
    </message>
    <message>
        <source>breached in the scenario</source>
        <translation>trencada a l&apos;escenari</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Edificis</translation>
    </message>
    <message>
        <source>building</source>
        <translation>edifici</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Carreteres</translation>
    </message>
    <message>
        <source>road</source>
        <translation>carretera</translation>
    </message>
    <message>
        <source>river</source>
        <translation>riu</translation>
    </message>
    <message>
        <source>national border</source>
        <translation>frontera estatal</translation>
    </message>
    <message>
        <source>Tabletop exercise</source>
        <translation>Exercici de simulació</translation>
    </message>
    <message>
        <source>resource moved in the exercise (not in the plan)</source>
        <translation>recurs desplaçat a l&apos;exercici (no al pla)</translation>
    </message>
    <message>
        <source>resource out of service in the exercise</source>
        <translation>recurs fora de servei a l&apos;exercici</translation>
    </message>
    <message>
        <source>Flood depth</source>
        <translation>Calat d&apos;inundació</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultats</translation>
    </message>
    <message>
        <source>road closed by water</source>
        <translation>carretera tallada per l&apos;aigua</translation>
    </message>
    <message>
        <source>coverage gap (not reached in time)</source>
        <translation>buit de cobertura (no atès a temps)</translation>
    </message>
    <message>
        <source>selected / changed building</source>
        <translation>edifici seleccionat / canviat</translation>
    </message>
</context>
<context>
    <name>risk_tab</name>
    <message>
        <source>return period (years)</source>
        <translation>període de retorn (anys)</translation>
    </message>
    <message>
        <source>damage (million EUR)</source>
        <translation>danys (milions d&apos;EUR)</translation>
    </message>
    <message>
        <source>Risk curve per country</source>
        <translation>Corba de risc per país</translation>
    </message>
</context>
<context>
    <name>versions_dock</name>
    <message>
        <source>Covered population, national</source>
        <extracomment>(label, indicator, mode) offered by the trend chart.</extracomment>
        <translation>Població coberta, nacional</translation>
    </message>
    <message>
        <source>Covered population, joint</source>
        <translation>Població coberta, conjunt</translation>
    </message>
    <message>
        <source>Gap (uncovered), national</source>
        <translation>Buit (sense cobertura), nacional</translation>
    </message>
    <message>
        <source>Gap (uncovered), joint</source>
        <translation>Buit (sense cobertura), conjunt</translation>
    </message>
    <message>
        <source>Cooperation gain</source>
        <translation>Guany de cooperació</translation>
    </message>
    <message>
        <source>Expected annual damage (EUR)</source>
        <translation>Dany anual esperat (EUR)</translation>
    </message>
    <message>
        <source>Expected people affected per year</source>
        <translation>Persones afectades esperades per any</translation>
    </message>
    <message>
        <source>Covered</source>
        <extracomment>Short names of the indicators in the Compare table.</extracomment>
        <translation>Coberts</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Buit</translation>
    </message>
    <message>
        <source>EAD (EUR/year)</source>
        <translation>EAD (EUR/any)</translation>
    </message>
    <message>
        <source>EAP (people/year)</source>
        <translation>EAP (persones/any)</translation>
    </message>
    <message>
        <source>people</source>
        <translation>persones</translation>
    </message>
    <message>
        <source>EUR per year</source>
        <translation>EUR per any</translation>
    </message>
    <message>
        <source>Save &amp;version…</source>
        <translation>Desa la &amp;versió…</translation>
    </message>
    <message>
        <source>Keep the plan as it is now, with its indicators, as a version inside the project</source>
        <translation>Conserva el pla tal com és ara, amb els seus indicadors, com a versió dins el projecte</translation>
    </message>
    <message>
        <source>Export &amp;progress report…</source>
        <translation>Exporta l&apos;informe de &amp;progrés…</translation>
    </message>
    <message>
        <source>A public page, PDF and open data of what the plan changed between two versions</source>
        <translation>Una pàgina pública, un PDF i dades obertes del que el pla ha canviat entre dues versions</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Pla</translation>
    </message>
</context>
</TS>
