<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AreaPage</name>
    <message>
        <source>Area and flood</source>
        <translation>Área e inundación</translation>
    </message>
    <message>
        <source>Limit the project to a box in degrees of longitude and latitude (WGS 84), or keep the whole of the elevation files. The starter scenarios put the water this far above the river bed.</source>
        <translation>Limite el proyecto a un rectángulo en grados de longitud y latitud (WGS 84), o conserve los archivos de elevación completos. Los escenarios iniciales ponen el agua a esta altura sobre el lecho del río.</translation>
    </message>
    <message>
        <source>&amp;Limit to a box</source>
        <translation>&amp;Limitar a un rectángulo</translation>
    </message>
    <message>
        <source>Crop the elevation and the OpenStreetMap layers to the box below</source>
        <translation>Recortar la elevación y las capas de OpenStreetMap al rectángulo de abajo</translation>
    </message>
    <message>
        <source>&amp;West:</source>
        <translation>&amp;Oeste:</translation>
    </message>
    <message>
        <source>Western edge (degrees of longitude, east positive)</source>
        <translation>Límite oeste (grados de longitud, este positivo)</translation>
    </message>
    <message>
        <source>&amp;South:</source>
        <translation>&amp;Sur:</translation>
    </message>
    <message>
        <source>Southern edge (degrees of latitude, north positive)</source>
        <translation>Límite sur (grados de latitud, norte positivo)</translation>
    </message>
    <message>
        <source>&amp;East:</source>
        <translation>&amp;Este:</translation>
    </message>
    <message>
        <source>Eastern edge (degrees of longitude)</source>
        <translation>Límite este (grados de longitud)</translation>
    </message>
    <message>
        <source>&amp;North:</source>
        <translation>&amp;Norte:</translation>
    </message>
    <message>
        <source>Northern edge (degrees of latitude)</source>
        <translation>Límite norte (grados de latitud)</translation>
    </message>
    <message>
        <source>From the &amp;DEM</source>
        <translation>Del &amp;MDE</translation>
    </message>
    <message>
        <source>Fill the box with the extent of the elevation files</source>
        <translation>Rellenar el rectángulo con la extensión de los archivos de elevación</translation>
    </message>
    <message>
        <source>Depth of the design flood above the river bed along every river (m)</source>
        <translation>Calado de la inundación de diseño sobre el lecho del río a lo largo de cada río (m)</translation>
    </message>
    <message>
        <source>Flood &amp;depth above the river bed:</source>
        <translation>&amp;Calado de inundación sobre el lecho del río:</translation>
    </message>
</context>
<context>
    <name>AttributeTable</name>
    <message>
        <source>Attribute table</source>
        <translation>Tabla de atributos</translation>
    </message>
    <message>
        <source>The layer whose features are listed</source>
        <translation>La capa cuyos elementos se listan</translation>
    </message>
    <message>
        <source>Select rows to select the features on the map; double-click a cell to edit it</source>
        <translation>Seleccione filas para seleccionar los elementos en el mapa; doble clic en una celda para editarla</translation>
    </message>
</context>
<context>
    <name>BreachTool</name>
    <message>
        <source>Click on a defense line to mark a breach.</source>
        <translation>Haga clic en una línea de defensa para marcar una rotura.</translation>
    </message>
</context>
<context>
    <name>DashboardDock</name>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Which run&apos;s results to show</source>
        <extracomment>Results of runs by scenario name (the latest run of each), for comparison.</extracomment>
        <translation>Qué cálculo se muestra</translation>
    </message>
    <message>
        <source>No results yet: run a scenario.</source>
        <translation>Aún no hay resultados: calcule un escenario.</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Cálculo:</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Write the report of the shown run (HTML or PDF, tables as CSV and GeoPackage)</source>
        <translation>Escribir el informe del cálculo mostrado (HTML o PDF, tablas como CSV y GeoPackage)</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>Expuestos</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Edificios</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Cubiertos</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>No alcanzados</translation>
    </message>
    <message>
        <source>Covered %</source>
        <translation>Cubiertos %</translation>
    </message>
    <message>
        <source>Cooperation gain</source>
        <translation>Ganancia de cooperación</translation>
    </message>
    <message>
        <source>Resource kind</source>
        <translation>Tipo de recurso</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>todos los tipos</translation>
    </message>
    <message>
        <source>Coverage by all kinds together, or by one kind as it moves in the flood</source>
        <translation>Cobertura de todos los tipos juntos, o de un solo tipo según se mueve en la inundación</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Defensa</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Benefit (people)</source>
        <translation>Beneficio (personas)</translation>
    </message>
    <message>
        <source>Harm (people)</source>
        <translation>Perjuicio (personas)</translation>
    </message>
    <message>
        <source>Cost share %</source>
        <translation>Cuota de coste %</translation>
    </message>
    <message>
        <source>Cost share</source>
        <translation>Cuota de coste</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Defensas</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Show changes on map</source>
        <translation>Mostrar los cambios en el mapa</translation>
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
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>Conjunto</translation>
    </message>
    <message>
        <source>⚠ These results are {reason}.</source>
        <translation>⚠ Estos resultados son {reason}.</translation>
    </message>
    <message>
        <source>{0}: {1} ha flooded, {2} m³, deepest {3} m</source>
        <translation>{0}: {1} ha inundadas, {2} m³, calado máximo {3} m</translation>
    </message>
    <message>
        <source>Gaps ({0}): {1} building(s) not reached in time, {2} people, in {3} jurisdiction(s)</source>
        <translation>Brechas ({0}): {1} edificio(s) no alcanzados a tiempo, {2} personas, en {3} jurisdicción(es)</translation>
    </message>
    <message>
        <source>Run two scenarios to compare them.</source>
        <translation>Calcule dos escenarios para compararlos.</translation>
    </message>
    <message>
        <source>no building changes state</source>
        <translation>ningún edificio cambia de estado</translation>
    </message>
    <message>
        <source>Buildings ({0}): {text}</source>
        <translation>Edificios ({0}): {text}</translation>
    </message>
</context>
<context>
    <name>DrawDefenseTool</name>
    <message>
        <source>A defense needs at least two vertices; click at least twice.</source>
        <translation>Una defensa necesita al menos dos vértices; haga clic al menos dos veces.</translation>
    </message>
</context>
<context>
    <name>ElevationPage</name>
    <message>
        <source>Elevation</source>
        <translation>Elevación</translation>
    </message>
    <message>
        <source>Add the elevation tiles or files (SRTM .hgt or .hgt.zip, GeoTIFF, …). Overlapping files are mosaicked in this order; give a vertical offset (m) to bring a file to the others&apos; datum.</source>
        <translation>Añada las teselas o archivos de elevación (SRTM .hgt o .hgt.zip, GeoTIFF, …). Los archivos superpuestos se unen en este orden; un desplazamiento vertical (m) lleva un archivo al datum de los demás.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Vertical offset (m)</source>
        <translation>Desplazamiento vertical (m)</translation>
    </message>
    <message>
        <source>The elevation files in priority order; edit an offset by typing in its cell</source>
        <translation>Los archivos de elevación por orden de prioridad; escriba un desplazamiento en su celda</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Choose one or more elevation files</source>
        <translation>Elija uno o más archivos de elevación</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected file from the list</source>
        <translation>Quitar de la lista el archivo seleccionado</translation>
    </message>
    <message>
        <source>Elevation files</source>
        <translation>Archivos de elevación</translation>
    </message>
</context>
<context>
    <name>EnsemblePane</name>
    <message>
        <source>Members: each draws which defenses fail in each event</source>
        <translation>Miembros: cada uno sortea qué defensas fallan en cada evento</translation>
    </message>
    <message>
        <source>The same seed gives the same result, on any number of workers</source>
        <translation>La misma semilla da el mismo resultado, con cualquier número de procesos</translation>
    </message>
    <message>
        <source>Worker processes of the local Dask cluster</source>
        <translation>Procesos de cálculo del clúster Dask local</translation>
    </message>
    <message>
        <source>local (or tcp://HOST:PORT)</source>
        <translation>local (o tcp://HOST:PORT)</translation>
    </message>
    <message>
        <source>Address of a running dask scheduler; empty: a local cluster</source>
        <translation>Dirección de un planificador Dask en marcha; vacío: un clúster local</translation>
    </message>
    <message>
        <source>Run ensemble</source>
        <translation>Calcular conjunto</translation>
    </message>
    <message>
        <source>Scheme of:</source>
        <translation>Defensas de:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Miembros:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>Workers:</source>
        <translation>Procesos:</translation>
    </message>
    <message>
        <source>Scheduler:</source>
        <translation>Planificador:</translation>
    </message>
    <message>
        <source>Defenses with fragility_median_m and fragility_beta may fail; press Run.</source>
        <translation>Las defensas con fragility_median_m y fragility_beta pueden fallar; pulse Calcular.</translation>
    </message>
    <message>
        <source>Map of event:</source>
        <translation>Mapa del evento:</translation>
    </message>
    <message>
        <source>T (years)</source>
        <translation>T (años)</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Defensa</translation>
    </message>
    <message>
        <source>Load (m)</source>
        <translation>Carga (m)</translation>
    </message>
    <message>
        <source>Fragility %</source>
        <translation>Fragilidad %</translation>
    </message>
    <message>
        <source>Failed in %</source>
        <translation>Falló en %</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>EAD mean</source>
        <translation>EAD media</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>done: {0} members, {1} distinct flood states</source>
        <translation>hecho: {0} miembros, {1} estados de inundación distintos</translation>
    </message>
    <message>
        <source>{0}: {1} members (seed {2}) on {3} with {4} worker(s).{notes}</source>
        <translation>{0}: {1} miembros (semilla {2}) en {3} con {4} proceso(s).{notes}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export map plate</source>
        <translation>Exportar lámina del mapa</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Composición</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>ISO paper size of the plate</source>
        <translation>Tamaño de papel ISO de la lámina</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientación:</translation>
    </message>
    <message>
        <source>Landscape (wide) or portrait (tall) page</source>
        <translation>Página horizontal (ancha) o vertical (alta)</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>Dots per inch of a PNG, and of the flood image in PDF/SVG (300 for print)</source>
        <translation>Puntos por pulgada de un PNG y de la imagen de la inundación en PDF/SVG (300 para imprimir)</translation>
    </message>
    <message>
        <source>Flood map</source>
        <translation>Mapa de inundación</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Title of the plate; empty gives &apos;Flood map&apos; in the chosen languages</source>
        <translation>Título de la lámina; vacío da «Mapa de inundación» en los idiomas elegidos</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Subtítulo:</translation>
    </message>
    <message>
        <source>Line under the title (e.g. the scenario and the meeting)</source>
        <translation>Línea bajo el título (p. ej. el escenario y la reunión)</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>Or&amp;ganización:</translation>
    </message>
    <message>
        <source>Who made the plate (shown in the information block)</source>
        <translation>Quién hizo la lámina (se muestra en el bloque de información)</translation>
    </message>
    <message>
        <source>Main language of every text on the plate</source>
        <translation>Idioma principal de todos los textos de la lámina</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Second language shown beside the main one (e.g. the neighbour&apos;s)</source>
        <translation>Segundo idioma junto al principal (p. ej. el del vecino)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>The plate&apos;s texts in one or two languages side by side</source>
        <translation>Los textos de la lámina en uno o dos idiomas, uno al lado del otro</translation>
    </message>
    <message>
        <source>Fit the map</source>
        <translation>Ajustar el mapa</translation>
    </message>
    <message>
        <source>Fixed scale 1:</source>
        <translation>Escala fija 1:</translation>
    </message>
    <message>
        <source>Fit the whole project (or atlas page) on the map, or print at an exact scale</source>
        <translation>Ajustar todo el proyecto (o la página del atlas) al mapa, o imprimir a una escala exacta</translation>
    </message>
    <message>
        <source>Scale denominator: 25,000 prints 1 cm on paper for 250 m on the ground</source>
        <translation>Denominador de escala: 25.000 imprime 1 cm de papel por 250 m de terreno</translation>
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
        <translation>conjunto</translation>
    </message>
    <message>
        <source>national</source>
        <translation>nacional</translation>
    </message>
    <message>
        <source>Response &amp;mode:</source>
        <translation>&amp;Modo de respuesta:</translation>
    </message>
    <message>
        <source>Which coverage gaps the map shows: joint (cross-border help) or national (each country alone)</source>
        <translation>Qué brechas de cobertura muestra el mapa: conjunto (ayuda transfronteriza) o nacional (cada país solo)</translation>
    </message>
    <message>
        <source>Locator &amp;inset</source>
        <translation>Mapa de &amp;situación</translation>
    </message>
    <message>
        <source>A small overview map showing where the plate lies</source>
        <translation>Un pequeño mapa general que muestra dónde está la lámina</translation>
    </message>
    <message>
        <source>Summary &amp;table</source>
        <translation>&amp;Tabla resumen</translation>
    </message>
    <message>
        <source>Per-country table of flooded and reached people (needs a scenario run)</source>
        <translation>Tabla por país de personas inundadas y alcanzadas (requiere un cálculo de escenario)</translation>
    </message>
    <message>
        <source>Service a&amp;reas</source>
        <translation>Á&amp;reas de servicio</translation>
    </message>
    <message>
        <source>Draw the areas each resource reaches within its target time</source>
        <translation>Dibujar las áreas que cada recurso alcanza dentro de su tiempo objetivo</translation>
    </message>
    <message>
        <source>&amp;Atlas: one page per jurisdiction (PDF)</source>
        <translation>&amp;Atlas: una página por jurisdicción (PDF)</translation>
    </message>
    <message>
        <source>Write a multi-page PDF with one plate fitted to each jurisdiction</source>
        <translation>Escribir un PDF de varias páginas con una lámina ajustada a cada jurisdicción</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Save &amp;layout</source>
        <translation>Guardar &amp;composición</translation>
    </message>
    <message>
        <source>Keep these settings in the project (undoable) without exporting</source>
        <translation>Conservar estos ajustes en el proyecto (se puede deshacer) sin exportar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Choose a PDF, PNG or SVG file and write the plate in the background</source>
        <translation>Elegir un archivo PDF, PNG o SVG y escribir la lámina en segundo plano</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the dialog (a running export is cancelled)</source>
        <translation>Cerrar el diálogo (se cancela la exportación en curso)</translation>
    </message>
    <message>
        <source>No preview: {0}</source>
        <translation>Sin vista previa: {0}</translation>
    </message>
    <message>
        <source>Preview of the plate (low resolution); it follows every change</source>
        <translation>Vista previa de la lámina (baja resolución); sigue cada cambio</translation>
    </message>
    <message>
        <source>{0} {1}, {w:g} × {h:g} mm{atlas}</source>
        <translation>{0} {1}, {w:g} × {h:g} mm{atlas}</translation>
    </message>
    <message>
        <source>Layout saved in the project.</source>
        <translation>Composición guardada en el proyecto.</translation>
    </message>
    <message>
        <source>Export plate</source>
        <translation>Exportar lámina</translation>
    </message>
    <message>
        <source>Writing the {what} to {path}…</source>
        <translation>Escribiendo {what} en {path}…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>Written: {0}{pages}</source>
        <translation>Escrito: {0}{pages}</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Export cancelled; the file may be incomplete and should not be used.</source>
        <translation>Exportación cancelada; el archivo puede estar incompleto y no debe usarse.</translation>
    </message>
</context>
<context>
    <name>FloodKind</name>
    <message>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volumen</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>dinámica</translation>
    </message>
</context>
<context>
    <name>FrameModel</name>
    <message>
        <source>Edit {col} of</source>
        <translation>Editar {col} de</translation>
    </message>
</context>
<context>
    <name>LayerPanel</name>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>Layers, top first. Tick to show; drag to change the drawing order; right-click for more.</source>
        <translation>Capas, la superior primero. Marque para mostrar; arrastre para cambiar el orden de dibujo; clic derecho para más.</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <source>Opacity of the selected layer</source>
        <translation>Opacidad de la capa seleccionada</translation>
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
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add a layer from a file (or drop files on the window)</source>
        <translation>Añadir una capa desde un archivo (o suelte archivos en la ventana)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected layer (undoable)</source>
        <translation>Quitar la capa seleccionada (se puede deshacer)</translation>
    </message>
    <message>
        <source>Zoom to</source>
        <translation>Zoom a</translation>
    </message>
    <message>
        <source>Zoom the map to the selected layer</source>
        <translation>Acercar el mapa a la capa seleccionada</translation>
    </message>
    <message>
        <source>Run outputs</source>
        <translation>Resultados del cálculo</translation>
    </message>
    <message>
        <source>The outputs of the shown run; tick to show on the map</source>
        <translation>Los resultados del cálculo mostrado; marque para mostrarlos en el mapa</translation>
    </message>
    <message>
        <source>Opacity of the selected run output</source>
        <translation>Opacidad del resultado seleccionado</translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation>Zoom a la capa</translation>
    </message>
    <message>
        <source>Open attribute table</source>
        <translation>Abrir la tabla de atributos</translation>
    </message>
    <message>
        <source>Change colour…</source>
        <translation>Cambiar color…</translation>
    </message>
    <message>
        <source>Remove layer</source>
        <translation>Quitar capa</translation>
    </message>
</context>
<context>
    <name>LegendDock</name>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>What the symbols and colours on the map mean</source>
        <translation>Qué significan los símbolos y colores del mapa</translation>
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
        <translation>enviar recurso</translation>
    </message>
    <message>
        <source>move_resource</source>
        <translation>mover recurso</translation>
    </message>
    <message>
        <source>out_of_service</source>
        <translation>fuera de servicio</translation>
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
        <translation>&lt;proyecto abierto&gt;</translation>
    </message>
    <message>
        <source>Every edit, oldest first; click a line to go back to it</source>
        <translation>Cada edición, la más antigua primero; haga clic en una línea para volver a ella</translation>
    </message>
    <message>
        <source>no CRS</source>
        <translation>sin SRC</translation>
    </message>
    <message>
        <source>Map: tabletop exercise (run results hidden)</source>
        <translation>Mapa: ejercicio de simulación (resultados ocultos)</translation>
    </message>
    <message>
        <source>Exercise T+{0:02d}:{1:02d} — {2} road piece(s) closed</source>
        <translation>Ejercicio T+{0:02d}:{1:02d} — {2} tramo(s) de carretera cortado(s)</translation>
    </message>
    <message>
        <source>Results out of date: {0}</source>
        <translation>Resultados desactualizados: {0}</translation>
    </message>
    <message>
        <source>Coverage updated for your last edit</source>
        <translation>Cobertura actualizada para la última edición</translation>
    </message>
    <message>
        <source>Results: {0} — updating coverage…</source>
        <translation>Resultados: {0} — actualizando la cobertura…</translation>
    </message>
    <message>
        <source>Results: {0}{hidden}</source>
        <translation>Resultados: {0}{hidden}</translation>
    </message>
    <message>
        <source>Results {reason}</source>
        <translation>Resultados {reason}</translation>
    </message>
    <message>
        <source>{0}[*] — floodplan</source>
        <translation>{0}[*] — floodplan</translation>
    </message>
    <message>
        <source>doing &apos;{0}&apos;</source>
        <translation>al hacer «{0}»</translation>
    </message>
    <message>
        <source>Nothing selected to delete.</source>
        <translation>No hay nada seleccionado para eliminar.</translation>
    </message>
    <message>
        <source>set its crest, type, owner and cost in the Properties panel.</source>
        <translation>defina la cota de coronación, el tipo, el titular y el coste en el panel Propiedades.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Opened {0}</source>
        <translation>Abierto {0}</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Guardar proyecto como</translation>
    </message>
    <message>
        <source>{0} Overwrite it with this version?</source>
        <translation>{0} ¿Sobrescribirlo con esta versión?</translation>
    </message>
    <message>
        <source>Not saved: {0} changed on disk</source>
        <translation>No guardado: {0} ha cambiado en el disco</translation>
    </message>
    <message>
        <source>saving {path}</source>
        <translation>al guardar {path}</translation>
    </message>
    <message>
        <source>Saved {target}</source>
        <translation>Guardado {target}</translation>
    </message>
    <message>
        <source>floodplan</source>
        <translation>floodplan</translation>
    </message>
    <message>
        <source>{0} has unsaved changes. Save them?</source>
        <translation>{0} tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>Add layers</source>
        <translation>Añadir capas</translation>
    </message>
    <message>
        <source>Added {0}</source>
        <translation>Añadido {0}</translation>
    </message>
    <message>
        <source>{0} could not be read ({first}); the project is unchanged. Details are in {1}.</source>
        <translation>No se pudo leer {0} ({first}); el proyecto no ha cambiado. Los detalles están en {1}.</translation>
    </message>
    <message>
        <source>Autosaved a recovery copy at {0}</source>
        <translation>Copia de recuperación guardada automáticamente a las {0}</translation>
    </message>
    <message>
        <source>floodplan stopped unexpectedly last time; it had no unsaved changes to recover. What happened is in the log {log_file} (Help &gt; Show log folder).</source>
        <translation>floodplan se detuvo inesperadamente la última vez; no había cambios sin guardar que recuperar. Lo ocurrido está en el registro {log_file} (Ayuda &gt; Mostrar carpeta del registro).</translation>
    </message>
    <message>
        <source>{how}; changes to {name} autosaved at {when} were kept. Recover them?</source>
        <translation>{how}; se conservaron los cambios en {name} guardados automáticamente a las {when}. ¿Recuperarlos?</translation>
    </message>
    <message>
        <source>Cursor position in the project&apos;s working CRS (m)</source>
        <translation>Posición del cursor en el SRC de trabajo del proyecto (m)</translation>
    </message>
    <message>
        <source>Cursor position in longitude and latitude (WGS 84)</source>
        <translation>Posición del cursor en longitud y latitud (WGS 84)</translation>
    </message>
    <message>
        <source>Map scale on this screen</source>
        <translation>Escala del mapa en esta pantalla</translation>
    </message>
    <message>
        <source>Which results the map and the Results panel show, and whether they are current</source>
        <translation>Qué resultados muestran el mapa y el panel Resultados, y si están al día</translation>
    </message>
    <message>
        <source>{x:,.1f} E  {y:,.1f} N</source>
        <translation>{x:,.1f} E  {y:,.1f} N</translation>
    </message>
    <message>
        <source>&amp;New project</source>
        <translation>&amp;Nuevo proyecto</translation>
    </message>
    <message>
        <source>Start an empty project</source>
        <translation>Empezar un proyecto vacío</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a floodplan project (.gpkg)</source>
        <translation>Abrir un proyecto de floodplan (.gpkg)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Guardar el proyecto</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save the project under another name</source>
        <translation>Guardar el proyecto con otro nombre</translation>
    </message>
    <message>
        <source>&amp;Add layer…</source>
        <translation>Añadir &amp;capa…</translation>
    </message>
    <message>
        <source>Add layers from GIS files (or drop files on the window)</source>
        <translation>Añadir capas desde archivos SIG (o suelte archivos en la ventana)</translation>
    </message>
    <message>
        <source>New project from &amp;public data…</source>
        <translation>Nuevo proyecto a partir de datos &amp;públicos…</translation>
    </message>
    <message>
        <source>Build a project from elevation tiles and an OpenStreetMap extract</source>
        <translation>Construir un proyecto a partir de teselas de elevación y un extracto de OpenStreetMap</translation>
    </message>
    <message>
        <source>&amp;Export map plate…</source>
        <translation>&amp;Exportar lámina del mapa…</translation>
    </message>
    <message>
        <source>A map plate for a joint meeting (PDF, PNG or SVG, A4–A0, two languages)</source>
        <translation>Una lámina del mapa para una reunión conjunta (PDF, PNG o SVG, A4–A0, dos idiomas)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>The scenario report (HTML or PDF) with its tables as CSV and GeoPackage</source>
        <translation>El informe del escenario (HTML o PDF) con sus tablas como CSV y GeoPackage</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close floodplan</source>
        <translation>Cerrar floodplan</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>The interface language and the autosave interval</source>
        <translation>El idioma de la interfaz y el intervalo de guardado automático</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Eliminar selección</translation>
    </message>
    <message>
        <source>Delete the selected feature</source>
        <translation>Eliminar el elemento seleccionado</translation>
    </message>
    <message>
        <source>Zoom to &amp;everything</source>
        <translation>Zoom a &amp;todo</translation>
    </message>
    <message>
        <source>Show every layer</source>
        <translation>Mostrar todas las capas</translation>
    </message>
    <message>
        <source>Zoom to &amp;layer</source>
        <translation>Zoom a la &amp;capa</translation>
    </message>
    <message>
        <source>Show the layer selected in the Layers panel</source>
        <translation>Mostrar la capa seleccionada en el panel Capas</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Open &amp;attribute table</source>
        <translation>Abrir la &amp;tabla de atributos</translation>
    </message>
    <message>
        <source>List the selected layer&apos;s features</source>
        <translation>Listar los elementos de la capa seleccionada</translation>
    </message>
    <message>
        <source>&amp;Run scenario</source>
        <translation>&amp;Calcular escenario</translation>
    </message>
    <message>
        <source>Run the scenario shown in the Scenario panel (in the background; Cancel stops it)</source>
        <translation>Calcular el escenario mostrado en el panel Escenario (en segundo plano; Cancelar lo detiene)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancelar cálculo</translation>
    </message>
    <message>
        <source>Stop the running scenario after its current step; nothing is changed</source>
        <translation>Detener el escenario en curso tras el paso actual; no se cambia nada</translation>
    </message>
    <message>
        <source>Show &amp;log folder</source>
        <translation>Mostrar carpeta del &amp;registro</translation>
    </message>
    <message>
        <source>Open the folder of floodplan&apos;s log file (what to send with a bug report)</source>
        <translation>Abrir la carpeta del archivo de registro de floodplan (lo que hay que enviar con un informe de error)</translation>
    </message>
    <message>
        <source>How to plan a joint &amp;defense</source>
        <translation>Cómo planificar una &amp;defensa conjunta</translation>
    </message>
    <message>
        <source>A short step-by-step guide</source>
        <translation>Una guía breve paso a paso</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Listar los atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About floodplan</source>
        <translation>&amp;Acerca de floodplan</translation>
    </message>
    <message>
        <source>Version and licences</source>
        <translation>Versión y licencias</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Deshacer la última edición (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo the last undone edit (Ctrl+Shift+Z)</source>
        <translation>Rehacer la última edición deshecha (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Scenario</source>
        <translation>E&amp;scenario</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Cálculo</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>Kind of resource the Place resource tool puts on the map</source>
        <translation>Tipo de recurso que la herramienta «Situar recurso» pone en el mapa</translation>
    </message>
    <message>
        <source>No scenario to run: add one in the Scenario panel.</source>
        <translation>No hay escenario que calcular: añada uno en el panel Escenario.</translation>
    </message>
    <message>
        <source>A run is already going; Shift+F5 cancels it.</source>
        <translation>Ya hay un cálculo en curso; Mayús+F5 lo cancela.</translation>
    </message>
</context>
<context>
    <name>MapTool</name>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <source>Pan the map by dragging (Shift+drag zooms to a box; the wheel zooms at the cursor)</source>
        <translation>Desplace el mapa arrastrando (Mayús+arrastrar hace zoom a un rectángulo; la rueda hace zoom en el cursor)</translation>
    </message>
    <message>
        <source>Zoom to box</source>
        <translation>Zoom a rectángulo</translation>
    </message>
    <message>
        <source>Drag a box to zoom to it; click to zoom in, right-click to zoom out</source>
        <translation>Dibuje un rectángulo para hacer zoom en él; clic para acercar, clic derecho para alejar</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identificar</translation>
    </message>
    <message>
        <source>Click a feature to see its attributes</source>
        <translation>Haga clic en un elemento para ver sus atributos</translation>
    </message>
    <message>
        <source>Select / move</source>
        <translation>Seleccionar / mover</translation>
    </message>
    <message>
        <source>Click a feature to select it; drag a selected defense or resource to move it; Delete removes it</source>
        <translation>Haga clic en un elemento para seleccionarlo; arrastre una defensa o un recurso seleccionado para moverlo; Supr lo elimina</translation>
    </message>
    <message>
        <source>Draw defense</source>
        <translation>Dibujar defensa</translation>
    </message>
    <message>
        <source>Draw a levee, wall or mobile barrier: click its vertices (they snap to existing defenses), double-click or press Enter to finish, Esc to cancel</source>
        <translation>Dibuje una mota, un muro o una barrera móvil: haga clic en sus vértices (se ajustan a las defensas existentes), doble clic o Intro para terminar, Esc para cancelar</translation>
    </message>
    <message>
        <source>Edit vertices</source>
        <translation>Editar vértices</translation>
    </message>
    <message>
        <source>Reshape the selected defense: drag a vertex, double-click a segment to add one, right-click a vertex to remove it</source>
        <translation>Cambie la forma de la defensa seleccionada: arrastre un vértice, doble clic en un segmento para añadir uno, clic derecho en un vértice para quitarlo</translation>
    </message>
    <message>
        <source>Place resource</source>
        <translation>Situar recurso</translation>
    </message>
    <message>
        <source>Click to place a resource (fire, ambulance, rescue, pump, shelter, hospital) of the chosen kind</source>
        <translation>Haga clic para situar un recurso (bomberos, ambulancia, rescate, bomba, albergue, hospital) del tipo elegido</translation>
    </message>
    <message>
        <source>Mark breach</source>
        <translation>Marcar rotura</translation>
    </message>
    <message>
        <source>Click a defense to mark it breached (failing) in the active scenario; click again to undo the mark</source>
        <translation>Haga clic en una defensa para marcarla rota (fallando) en el escenario activo; otro clic deshace la marca</translation>
    </message>
</context>
<context>
    <name>NewProjectWizard</name>
    <message>
        <source>New project from public data</source>
        <translation>Nuevo proyecto a partir de datos públicos</translation>
    </message>
    <message>
        <source>Build and save the project</source>
        <translation>Construir y guardar el proyecto</translation>
    </message>
    <message>
        <source>Stop building (nothing is written) or close the wizard</source>
        <translation>Detener la construcción (no se escribe nada) o cerrar el asistente</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>cancelado; no se escribió nada</translation>
    </message>
</context>
<context>
    <name>Orientation</name>
    <message>
        <source>landscape</source>
        <extracomment>Dots per inch of the preview: enough to read the layout, cheap enough to redraw in ~0.3 s. Quiet time (ms) after the last change before the preview is redrawn. The page orientations as the Orientation box shows them (for lupdate; the codes are the layout&apos;s data).</extracomment>
        <translation>horizontal</translation>
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
        <translation>Un extracto de OpenStreetMap (.osm.pbf) aporta los edificios, carreteras, ríos, fronteras y parques. Déjelo vacío para un proyecto solo con la elevación.</translation>
    </message>
    <message>
        <source>e.g. andorra.osm.pbf (optional)</source>
        <translation>p. ej. andorra.osm.pbf (opcional)</translation>
    </message>
    <message>
        <source>Path of the OpenStreetMap extract</source>
        <translation>Ruta del extracto de OpenStreetMap</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the OpenStreetMap extract</source>
        <translation>Elija el extracto de OpenStreetMap</translation>
    </message>
    <message>
        <source>&amp;Extract:</source>
        <translation>&amp;Extracto:</translation>
    </message>
    <message>
        <source>OpenStreetMap extract</source>
        <translation>Extracto de OpenStreetMap</translation>
    </message>
</context>
<context>
    <name>ProgressWidget</name>
    <message>
        <source>Cancel</source>
        <extracomment>Jobs whose thread is still running; holding them here keeps Python from deleting a running QThread when the caller drops its reference (which would abort the process). Seconds between two progress signals at most (20 Hz): the GUI never needs more, and every queued signal costs the GUI thread an event; the engine may report as often as it likes. Emitted in the GUI thread after everything else of the job (its on_finished callback included): what tests and scripts wait on, instead of polling for a state with a timeout. Steps of the bar (the fraction is shown to 0.1 %).</extracomment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop the run after its current step; nothing is changed</source>
        <translation>Detener el cálculo tras el paso actual; no se cambia nada</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>iniciando…</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>cancelando…</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Nothing selected. Use Identify or Select on the map.</source>
        <translation>Nada seleccionado. Use Identificar o Seleccionar en el mapa.</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>All attributes of the selected feature</source>
        <translation>Todos los atributos del elemento seleccionado</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Defensa</translation>
    </message>
    <message>
        <source>The defense&apos;s id (scenarios name breaches by it)</source>
        <translation>El identificador de la defensa (los escenarios nombran las roturas con él)</translation>
    </message>
    <message>
        <source>Crest elevation (m)</source>
        <translation>Cota de coronación (m)</translation>
    </message>
    <message>
        <source>Height above ground (m)</source>
        <translation>Altura sobre el terreno (m)</translation>
    </message>
    <message>
        <source>Give the crest as an elevation (same datum as the DEM) or as a height above the ground</source>
        <translation>Indique la coronación como cota (mismo datum que el MDE) o como altura sobre el terreno</translation>
    </message>
    <message>
        <source>levee (earth bank), wall (flood wall) or mobile (demountable barrier)</source>
        <translation>levee (mota de tierra), wall (muro de defensa) o mobile (barrera desmontable)</translation>
    </message>
    <message>
        <source>existing: built; planned: built only in scenarios that include planned defenses</source>
        <translation>existing: construida; planned: solo en los escenarios que incluyen las defensas previstas</translation>
    </message>
    <message>
        <source>The jurisdiction that owns (and pays for) the defense</source>
        <translation>La jurisdicción titular de la defensa (y que la paga)</translation>
    </message>
    <message>
        <source>Cost in currency units (split between jurisdictions by benefit in the appraisal)</source>
        <translation>Coste en unidades monetarias (repartido entre jurisdicciones según el beneficio en la evaluación)</translation>
    </message>
    <message>
        <source>Breached in the active scenario</source>
        <translation>Rota en el escenario activo</translation>
    </message>
    <message>
        <source>A breached defense is left out of the terrain in the active scenario</source>
        <translation>Una defensa rota queda fuera del terreno en el escenario activo</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identificador</translation>
    </message>
    <message>
        <source>Crest given as</source>
        <translation>Coronación dada como</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>People it can take (shelters, hospitals)</source>
        <translation>Personas que puede acoger (albergues, hospitales)</translation>
    </message>
    <message>
        <source>Serves across the border</source>
        <translation>Actúa al otro lado de la frontera</translation>
    </message>
    <message>
        <source>Joint mode: cross-border resources serve and travel in both countries</source>
        <translation>Modo conjunto: los recursos transfronterizos actúan y circulan en ambos países</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>En servicio</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Apply the changes (one undoable edit)</source>
        <translation>Aplicar los cambios (una edición que se puede deshacer)</translation>
    </message>
    <message>
        <source>Zoom to</source>
        <translation>Zoom a</translation>
    </message>
    <message>
        <source>&lt;b&gt;{layer}&lt;/b&gt; — feature {fid} ({0})</source>
        <translation>&lt;b&gt;{layer}&lt;/b&gt; — elemento {fid} ({0})</translation>
    </message>
    <message>
        <source>Breached in scenario &apos;{0}&apos;</source>
        <translation>Rota en el escenario «{0}»</translation>
    </message>
    <message>
        <source>Breached (add a scenario first)</source>
        <translation>Rota (añada primero un escenario)</translation>
    </message>
    <message>
        <source>Converted with the mean ground under the line, {ground:.2f} m; Apply to keep it</source>
        <translation>Convertido con el terreno medio bajo la línea, {ground:.2f} m; Aplicar para conservarlo</translation>
    </message>
    <message>
        <source>No DEM under the line: check the value before you Apply</source>
        <translation>No hay MDE bajo la línea: compruebe el valor antes de aplicar</translation>
    </message>
    <message>
        <source>Edit {what} {0}</source>
        <translation>Editar {what} {0}</translation>
    </message>
</context>
<context>
    <name>RiskPane</name>
    <message>
        <source>Compute risk</source>
        <translation>Calcular riesgo</translation>
    </message>
    <message>
        <source>Damage over the project&apos;s hq&lt;N&gt; floods, EAD per jurisdiction, and each defense&apos;s Shapley benefit, BCR and cost shares</source>
        <translation>Daños para las inundaciones hq&lt;N&gt; del proyecto, EAD por jurisdicción y, para cada defensa, beneficio de Shapley, RBC y cuotas de coste</translation>
    </message>
    <message>
        <source>Scheme of:</source>
        <translation>Defensas de:</translation>
    </message>
    <message>
        <source>Press Compute risk.</source>
        <translation>Pulse Calcular riesgo.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>EAD (EUR/yr)</source>
        <translation>EAD (EUR/año)</translation>
    </message>
    <message>
        <source>EAP (people/yr)</source>
        <translation>EAP (personas/año)</translation>
    </message>
    <message>
        <source>EAD without</source>
        <translation>EAD sin</translation>
    </message>
    <message>
        <source>Defense</source>
        <translation>Defensa</translation>
    </message>
    <message>
        <source>Benefit (EUR/yr)</source>
        <translation>Beneficio (EUR/año)</translation>
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
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Avoided (EUR/yr)</source>
        <translation>Evitado (EUR/año)</translation>
    </message>
    <message>
        <source>Cost share %</source>
        <translation>Cuota de coste %</translation>
    </message>
    <message>
        <source>Harm (EUR/yr)</source>
        <translation>Perjuicio (EUR/año)</translation>
    </message>
    <message>
        <source>done: {0} floods, Shapley values {1}</source>
        <translation>hecho: {0} inundaciones, valores de Shapley {1}</translation>
    </message>
    <message>
        <source>{0}: EAD {1:,.0f} EUR/year, EAP {2:.1f} people/year; the defenses avoid {3:,.0f} EUR/year (curves: JRC Europe, 2010 EUR).{notes}</source>
        <translation>{0}: EAD {1:,.0f} EUR/año, EAP {2:.1f} personas/año; las defensas evitan {3:,.0f} EUR/año (curvas: JRC Europa, EUR de 2010).{notes}</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Where to save the new project. Finish builds it (this can take a minute).</source>
        <translation>Dónde guardar el nuevo proyecto. Finalizar lo construye (puede tardar un minuto).</translation>
    </message>
    <message>
        <source>e.g. valley.gpkg</source>
        <translation>p. ej. valle.gpkg</translation>
    </message>
    <message>
        <source>The new project file (a GeoPackage, .gpkg)</source>
        <translation>El nuevo archivo de proyecto (un GeoPackage, .gpkg)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose where to save the project</source>
        <translation>Elija dónde guardar el proyecto</translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translation>Archivo de &amp;proyecto:</translation>
    </message>
    <message>
        <source>Save new project</source>
        <translation>Guardar nuevo proyecto</translation>
    </message>
</context>
<context>
    <name>SaveVersionDialog</name>
    <message>
        <source>Save version</source>
        <translation>Guardar versión</translation>
    </message>
    <message>
        <source>what was decided, at which meeting</source>
        <translation>qué se decidió, y en qué reunión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Escenario</translation>
    </message>
    <message>
        <source>The scenario to edit and run</source>
        <extracomment>called with the scenario&apos;s name when the user shows another scenario</extracomment>
        <translation>El escenario que editar y calcular</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>Inundación</translation>
    </message>
    <message>
        <source>level: a flat water level; profile: levels along the river; volume: the water held</source>
        <translation>nivel: una lámina de agua plana; perfil: niveles a lo largo del río; volumen: el agua retenida</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Water level</source>
        <translation>Nivel del agua</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Profile layer</source>
        <translation>Capa de perfil</translation>
    </message>
    <message>
        <source>Profile flood</source>
        <translation>Inundación del perfil</translation>
    </message>
    <message>
        <source>Drag to preview the flood at another level, volume or profile offset; the scenario is not changed unless you keep the preview</source>
        <translation>Arrastre para previsualizar la inundación con otro nivel, volumen o desplazamiento del perfil; el escenario no cambia si no conserva la vista previa</translation>
    </message>
    <message>
        <source>Live flood</source>
        <translation>Inundación en directo</translation>
    </message>
    <message>
        <source>Keep in this scenario</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Make the previewed flood this scenario&apos;s flood (one undoable edit)</source>
        <translation>Hacer de la inundación previsualizada la de este escenario (una edición que se puede deshacer)</translation>
    </message>
    <message>
        <source>Save as new scenario…</source>
        <translation>Como escenario nuevo…</translation>
    </message>
    <message>
        <source>A copy of this scenario with the previewed flood (undoable)</source>
        <translation>Una copia de este escenario con la inundación previsualizada (se puede deshacer)</translation>
    </message>
    <message>
        <source>Back to the scenario</source>
        <translation>Volver al escenario</translation>
    </message>
    <message>
        <source>Show this scenario&apos;s own flood again</source>
        <translation>Volver a mostrar la inundación propia de este escenario</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>joint: cross-border resources serve both sides; national: each country alone</source>
        <translation>conjunto: los recursos transfronterizos sirven a ambos lados; nacional: cada país solo</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Roads under deeper water than this are impassable for response vehicles (kinds without their own limit below, resources without max_wading_m)</source>
        <translation>Las carreteras bajo agua más profunda son intransitables para los vehículos de emergencia (tipos sin límite propio abajo, recursos sin max_wading_m)</translation>
    </message>
    <message>
        <source>Wading limit</source>
        <translation>Límite de vadeo</translation>
    </message>
    <message>
        <source>Wading limit per kind</source>
        <translation>Límite de vadeo por tipo</translation>
    </message>
    <message>
        <source>Water a boat needs: boats move only through cells at least this deep</source>
        <translation>Agua que necesita una embarcación: las embarcaciones solo pasan por celdas al menos así de profundas</translation>
    </message>
    <message>
        <source>Boat draft</source>
        <translation>Calado de las embarcaciones</translation>
    </message>
    <message>
        <source>Resources and buildings farther than this from the nearest road are unreachable (a project setting, for every scenario)</source>
        <translation>Los recursos y edificios más lejos de esta distancia de la carretera más cercana son inalcanzables (un ajuste del proyecto, para todos los escenarios)</translation>
    </message>
    <message>
        <source>Max distance to a road</source>
        <translation>Distancia máxima a una carretera</translation>
    </message>
    <message>
        <source>Target minutes</source>
        <translation>Tiempos objetivo (minutos)</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Defensas</translation>
    </message>
    <message>
        <source>Include planned defenses</source>
        <translation>Incluir las defensas previstas</translation>
    </message>
    <message>
        <source>Unticked defenses are breached (left out of the terrain)</source>
        <translation>Las defensas sin marcar están rotas (fuera del terreno)</translation>
    </message>
    <message>
        <source>Run scenario</source>
        <translation>Calcular escenario</translation>
    </message>
    <message>
        <source>The project has no scenario: press New to add one.</source>
        <translation>El proyecto no tiene escenario: pulse Nuevo para añadir uno.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>other kinds</source>
        <translation>otros tipos</translation>
    </message>
    <message>
        <source>Water a {kind} vehicle drives through (a boat: its trailer); a resource&apos;s max_wading_m overrides it</source>
        <translation>Agua que atraviesa un vehículo de tipo {kind} (una embarcación: su remolque); el max_wading_m de un recurso tiene prioridad</translation>
    </message>
    <message>
        <source>{0} (planned)</source>
        <translation>{0} (prevista)</translation>
    </message>
    <message>
        <source>Scenario name:</source>
        <translation>Nombre del escenario:</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nuevo escenario</translation>
    </message>
    <message>
        <source>Duplicate scenario</source>
        <translation>Duplicar escenario</translation>
    </message>
    <message>
        <source>preparing the live flood…</source>
        <translation>preparando la inundación en directo…</translation>
    </message>
    <message>
        <source>Live flood unavailable: {0}</source>
        <translation>Inundación en directo no disponible: {0}</translation>
    </message>
    <message>
        <source>Save previewed flood as a scenario</source>
        <translation>Guardar la inundación previsualizada como escenario</translation>
    </message>
    <message>
        <source>A {0} flood shows on the map after Run.</source>
        <translation>Una inundación de tipo {0} aparece en el mapa después de calcular.</translation>
    </message>
    <message>
        <source>{label}: {0:,.1f} ha flooded, deepest {1:.2f} m{note}</source>
        <translation>{label}: {0:,.1f} ha inundadas, calado máximo {1:.2f} m{note}</translation>
    </message>
    <message>
        <source>Running {0}…</source>
        <translation>Calculando {0}…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>Gaps ({mode}, {0}): {1} building(s), {2:,.0f} people not reached in time</source>
        <translation>Brechas ({mode}, {0}): {1} edificio(s), {2:,.0f} personas no alcanzadas a tiempo</translation>
    </message>
</context>
<context>
    <name>SchemePane</name>
    <message>
        <source>Whose defenses make the scheme (the scenario&apos;s flood is not used)</source>
        <extracomment>Events as ``T=FLOOD,…`` (None: the project&apos;s hq&lt;N&gt; profile floods).</extracomment>
        <translation>De quién son las defensas que forman el esquema (no se usa la inundación del escenario)</translation>
    </message>
    <message>
        <source>cancelled; nothing was changed</source>
        <translation>cancelado; no se cambió nada</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The language of menus, panels and messages; &apos;floodplan --lang CODE&apos; overrides it</source>
        <translation>El idioma de los menús, paneles y mensajes; «floodplan --lang CÓDIGO» tiene prioridad</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between recovery copies of a project with unsaved changes</source>
        <translation>Minutos entre copias de recuperación de un proyecto con cambios sin guardar</translation>
    </message>
    <message>
        <source>Autosave every</source>
        <translation>Guardar automáticamente cada</translation>
    </message>
    <message>
        <source>A new language applies when floodplan starts next.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie floodplan.</translation>
    </message>
</context>
<context>
    <name>TabletopDock</name>
    <message>
        <source>Tabletop exercise</source>
        <translation>Ejercicio de simulación</translation>
    </message>
    <message>
        <source>The scenario whose tabletop exercise to run</source>
        <extracomment>True once the facilitator started, stepped or reset the exercise: only then is it on the map</extracomment>
        <translation>El escenario cuyo ejercicio de simulación se realiza</translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>&amp;Ejercicio:</translation>
    </message>
    <message>
        <source>Local inertial (LISFLOOD-FP)</source>
        <translation>Inercial local (LISFLOOD-FP)</translation>
    </message>
    <message>
        <source>Full momentum (with advection)</source>
        <translation>Momento completo (con advección)</translation>
    </message>
    <message>
        <source>The flood model&apos;s momentum equation. Local inertial is the standard for floodplains; full momentum keeps the convective term and brings fast, shallow fronts over smooth ground in on time (about twice the computing time). Changing it restarts the exercise (undoable).</source>
        <translation>La ecuación de cantidad de movimiento del modelo de inundación. El inercial local es el estándar para llanuras de inundación; el momento completo conserva el término convectivo y hace llegar a tiempo los frentes rápidos y someros sobre terreno liso (aproximadamente el doble de tiempo de cálculo). Cambiarlo reinicia el ejercicio (se puede deshacer).</translation>
    </message>
    <message>
        <source>Flood &amp;model:</source>
        <translation>&amp;Modelo de inundación:</translation>
    </message>
    <message>
        <source>Exercise time since the start (T+hh:mm) and the clock time in the exercise</source>
        <translation>Tiempo del ejercicio desde el inicio (T+hh:mm) y la hora del reloj en el ejercicio</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <source>Run the exercise step by step on its own; press again to pause</source>
        <translation>Hacer avanzar el ejercicio paso a paso por sí solo; pulse de nuevo para pausar</translation>
    </message>
    <message>
        <source>+{m} min</source>
        <translation>+{m} min</translation>
    </message>
    <message>
        <source>Advance the exercise by {m} minutes</source>
        <translation>Avanzar el ejercicio {m} minutos</translation>
    </message>
    <message>
        <source>Minutes since the start to jump to (forward only: the flood cannot run back)</source>
        <translation>Minutos desde el inicio a los que saltar (solo hacia delante: la inundación no puede retroceder)</translation>
    </message>
    <message>
        <source>&amp;Jump</source>
        <translation>&amp;Saltar</translation>
    </message>
    <message>
        <source>Advance the exercise to the minute on the left</source>
        <translation>Avanzar el ejercicio hasta el minuto de la izquierda</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>Start the exercise again from minute 0 (the decision log is kept)</source>
        <translation>Volver a empezar el ejercicio desde el minuto 0 (el registro de decisiones se conserva)</translation>
    </message>
    <message>
        <source>Jump &amp;to:</source>
        <translation>Saltar &amp;a:</translation>
    </message>
    <message>
        <source>Coverage now (people reached in time)</source>
        <translation>Cobertura ahora (personas alcanzadas a tiempo)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Población</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Cubiertos</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>No alcanzados</translation>
    </message>
    <message>
        <source>Covered %</source>
        <translation>Cubiertos %</translation>
    </message>
    <message>
        <source>Per country and response mode, at the exercise&apos;s current time</source>
        <translation>Por país y modo de respuesta, a la hora actual del ejercicio</translation>
    </message>
    <message>
        <source>Injects</source>
        <translation>Incidencias</translation>
    </message>
    <message>
        <source>Injects as they fall due; the newest are highlighted</source>
        <translation>Incidencias a medida que llegan; las más nuevas están resaltadas</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Scripted decisions that have fallen due; apply one when the teams take it</source>
        <translation>Decisiones previstas que ya tocan; aplique una cuando los equipos la tomen</translation>
    </message>
    <message>
        <source>Due (scripted):</source>
        <translation>Pendientes (previstas):</translation>
    </message>
    <message>
        <source>&amp;Apply decision</source>
        <translation>&amp;Aplicar decisión</translation>
    </message>
    <message>
        <source>Apply the selected scripted decision in the exercise now (undoable); the plan is unchanged</source>
        <translation>Aplicar ahora en el ejercicio la decisión prevista seleccionada (se puede deshacer); el plan no cambia</translation>
    </message>
    <message>
        <source>What was decided or observed</source>
        <translation>Qué se decidió u observó</translation>
    </message>
    <message>
        <source>The log entry&apos;s text; it gets the exercise&apos;s current time</source>
        <translation>El texto de la entrada del registro; recibe la hora actual del ejercicio</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>note: text only; send_resource: the resource may serve across the border (and moves to the map point); move_resource: to the map point; out_of_service: the resource stops responding</source>
        <translation>nota: solo texto; enviar recurso: el recurso puede actuar al otro lado de la frontera (y va al punto del mapa); mover recurso: al punto del mapa; fuera de servicio: el recurso deja de responder</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>The resource the decision concerns (by id)</source>
        <translation>El recurso al que se refiere la decisión (por identificador)</translation>
    </message>
    <message>
        <source>Re&amp;source:</source>
        <translation>Re&amp;curso:</translation>
    </message>
    <message>
        <source>no map point</source>
        <translation>ningún punto en el mapa</translation>
    </message>
    <message>
        <source>Pick a point on the map to tie the entry to a place</source>
        <translation>Elija un punto en el mapa para vincular la entrada a un lugar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Forget the map point</source>
        <translation>Olvidar el punto del mapa</translation>
    </message>
    <message>
        <source>Map point:</source>
        <translation>Punto en el mapa:</translation>
    </message>
    <message>
        <source>Add to &amp;log</source>
        <translation>Añadir al &amp;registro</translation>
    </message>
    <message>
        <source>Record the entry at the current time (one undoable edit)</source>
        <translation>Registrar la entrada a la hora actual (una edición que se puede deshacer)</translation>
    </message>
    <message>
        <source>The decision log, saved in the project (Undo takes an entry back)</source>
        <translation>El registro de decisiones, guardado en el proyecto (Deshacer retira una entrada)</translation>
    </message>
    <message>
        <source>Adopt into the &amp;plan</source>
        <translation>Adoptar en el &amp;plan</translation>
    </message>
    <message>
        <source>Make the selected logged decision part of the plan: move or change the resource in its resources layer (one undoable edit). Until then decisions stay in the exercise.</source>
        <translation>Hacer que la decisión registrada seleccionada forme parte del plan: mover o cambiar el recurso en su capa (una edición que se puede deshacer). Hasta entonces, las decisiones se quedan en el ejercicio.</translation>
    </message>
    <message>
        <source>Write after-action &amp;report…</source>
        <translation>Escribir el &amp;informe posterior…</translation>
    </message>
    <message>
        <source>Replay the whole exercise with the logged decisions and write its report into a folder</source>
        <translation>Reproducir todo el ejercicio con las decisiones registradas y escribir su informe en una carpeta</translation>
    </message>
    <message>
        <source>No scenario of this project has a tabletop exercise.</source>
        <translation>Ningún escenario de este proyecto tiene ejercicio de simulación.</translation>
    </message>
    <message>
        <source>Preparing the exercise (flood model, road network)…</source>
        <translation>Preparando el ejercicio (modelo de inundación, red viaria)…</translation>
    </message>
    <message>
        <source>Ready: press Play or a step button.</source>
        <translation>Listo: pulse Reproducir o un botón de paso.</translation>
    </message>
    <message>
        <source>The flood cannot run backwards: press Reset to start again.</source>
        <translation>La inundación no puede retroceder: pulse Reiniciar para empezar de nuevo.</translation>
    </message>
    <message>
        <source>Running the flood to {0}…</source>
        <translation>La inundación avanza hasta {0}…</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Stopped; the exercise stays at the last step shown.</source>
        <translation>Detenido; el ejercicio se queda en el último paso mostrado.</translation>
    </message>
    <message>
        <source>{0} shown</source>
        <translation>{0} mostrado</translation>
    </message>
    <message>
        <source>End of the exercise: write the after-action report, or Reset.</source>
        <translation>Fin del ejercicio: escriba el informe posterior o reinicie.</translation>
    </message>
    <message>
        <source>x {x:,.0f} m, y {y:,.0f} m</source>
        <translation>x {x:,.0f} m, y {y:,.0f} m</translation>
    </message>
    <message>
        <source>Logged at {0}: {text}{tail}</source>
        <translation>Registrado a las {0}: {text}{tail}</translation>
    </message>
    <message>
        <source>{0}: now part of the plan (Undo takes it back).</source>
        <translation>{0}: ahora forma parte del plan (Deshacer lo retira).</translation>
    </message>
    <message>
        <source>Folder for the after-action report</source>
        <translation>Carpeta para el informe posterior al ejercicio</translation>
    </message>
    <message>
        <source>Replaying the whole exercise for the after-action report…</source>
        <translation>Reproduciendo todo el ejercicio para el informe posterior…</translation>
    </message>
    <message>
        <source>After-action report written: {0}</source>
        <translation>Informe posterior al ejercicio escrito: {0}</translation>
    </message>
</context>
<context>
    <name>VersionsDock</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Save version…</source>
        <translation>Guardar versión…</translation>
    </message>
    <message>
        <source>Keep the plan as it is now, with its indicators, inside the project</source>
        <translation>Conservar el plan tal como está ahora, con sus indicadores, dentro del proyecto</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Put the selected version&apos;s plan back (Undo gives the current one back)</source>
        <translation>Recuperar el plan de la versión seleccionada (Deshacer devuelve el actual)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare two selected versions, or one with the current plan</source>
        <translation>Comparar dos versiones seleccionadas, o una con el plan actual</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Write the public progress report (page, PDF, open data) into a folder</source>
        <translation>Escribir el informe público de progreso (página, PDF, datos abiertos) en una carpeta</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Select two versions (or one, to compare it with the current plan).</source>
        <translation>Seleccione dos versiones (o una, para compararla con el plan actual).</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>per jurisdiction</source>
        <translation>por jurisdicción</translation>
    </message>
    <message>
        <source>per country</source>
        <translation>por país</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>{what} failed</source>
        <translation>{what}: falló</translation>
    </message>
    <message>
        <source>cancelled; nothing changed</source>
        <translation>cancelado; nada cambió</translation>
    </message>
    <message>
        <source>not saved: the plan changed while its indicators were computed</source>
        <translation>no guardado: el plan cambió mientras se calculaban sus indicadores</translation>
    </message>
    <message>
        <source>version &apos;{0}&apos; saved</source>
        <translation>versión «{0}» guardada</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>comparado</translation>
    </message>
    <message>
        <source>From &apos;{0}&apos; ({1}) to {2} ({3})</source>
        <translation>De «{0}» ({1}) a {2} ({3})</translation>
    </message>
    <message>
        <source>no change to the plan</source>
        <translation>ningún cambio en el plan</translation>
    </message>
    <message>
        <source>Export progress report into folder</source>
        <translation>Exportar el informe de progreso a una carpeta</translation>
    </message>
    <message>
        <source>report written: {0}</source>
        <translation>informe escrito: {0}</translation>
    </message>
</context>
<context>
    <name>VertexTool</name>
    <message>
        <source>A defense needs at least two vertices; delete the defense instead.</source>
        <translation>Una defensa necesita al menos dos vértices; elimine la defensa.</translation>
    </message>
</context>
<context>
    <name>_ThreadErrors</name>
    <message>
        <source>working in the background</source>
        <translation>trabajando en segundo plano</translation>
    </message>
</context>
<context>
    <name>canvas</name>
    <message>
        <source>Flood depth</source>
        <extracomment>A layer with more visible polygons than this draws its sub-pixel features as an image. Features whose bounding box is smaller than this many logical pixels go into the LOD image. Search radius (logical pixels) for identify, selection and snapping. The run&apos;s outputs as map layers (Layers panel › Run outputs): visibility and opacity of each. The run&apos;s outputs the Layers panel lists as layers (key: label).</extracomment>
        <translation>Calado de inundación</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>Brechas de cobertura</translation>
    </message>
    <message>
        <source>Service areas</source>
        <translation>Áreas de servicio</translation>
    </message>
    <message>
        <source>Roads closed by water</source>
        <translation>Carreteras cortadas por el agua</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>no exposure figures</source>
        <translation>sin cifras de exposición</translation>
    </message>
    <message>
        <source>people in flooded buildings</source>
        <translation>personas en edificios inundados</translation>
    </message>
    <message>
        <source>Exposed population by water depth</source>
        <translation>Población expuesta según el calado</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>calado</translation>
    </message>
    <message>
        <source>no response figures</source>
        <translation>sin cifras de respuesta</translation>
    </message>
    <message>
        <source>covered</source>
        <translation>cubiertos</translation>
    </message>
    <message>
        <source>not reached in time</source>
        <translation>no alcanzados a tiempo</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>Response coverage ({mode})</source>
        <translation>Cobertura de la respuesta ({mode})</translation>
    </message>
    <message>
        <source>no cooperation figures</source>
        <translation>sin cifras de cooperación</translation>
    </message>
    <message>
        <source>covered people</source>
        <translation>personas cubiertas</translation>
    </message>
    <message>
        <source>Cooperation gain (joint − national)</source>
        <translation>Ganancia de cooperación (conjunto − nacional)</translation>
    </message>
    <message>
        <source>no defenses appraised</source>
        <translation>ninguna defensa evaluada</translation>
    </message>
    <message>
        <source>benefit (people protected)</source>
        <translation>beneficio (personas protegidas)</translation>
    </message>
    <message>
        <source>harm (people flooded by it)</source>
        <translation>perjuicio (personas inundadas por la defensa)</translation>
    </message>
    <message>
        <source>Each defense&apos;s benefit and harm</source>
        <translation>Beneficio y perjuicio de cada defensa</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>{c}: exposed population</source>
        <translation>{c}: población expuesta</translation>
    </message>
    <message>
        <source>{c}: covered population ({mode})</source>
        <translation>{c}: población cubierta ({mode})</translation>
    </message>
    <message>
        <source>{c}: gap population ({mode})</source>
        <translation>{c}: población sin cobertura ({mode})</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <source>DEM read</source>
        <translation>MDE leído</translation>
    </message>
    <message>
        <source>OpenStreetMap layers ready</source>
        <translation>capas de OpenStreetMap listas</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>access done</source>
        <translation>accesibilidad hecha</translation>
    </message>
    <message>
        <source>arrival at critical facilities</source>
        <translation>llegada a las instalaciones críticas</translation>
    </message>
    <message>
        <source>atlas written</source>
        <translation>atlas escrito</translation>
    </message>
    <message>
        <source>buildings</source>
        <translation>edificios</translation>
    </message>
    <message>
        <source>charts</source>
        <translation>gráficos</translation>
    </message>
    <message>
        <source>checking the surface</source>
        <translation>comprobando la superficie</translation>
    </message>
    <message>
        <source>choosing candidate sites</source>
        <translation>eligiendo emplazamientos candidatos</translation>
    </message>
    <message>
        <source>contracting road chains</source>
        <translation>contrayendo cadenas de carreteras</translation>
    </message>
    <message>
        <source>cooperation gain</source>
        <translation>ganancia de cooperación</translation>
    </message>
    <message>
        <source>counting connected pieces</source>
        <translation>contando partes conexas</translation>
    </message>
    <message>
        <source>coverage</source>
        <translation>cobertura</translation>
    </message>
    <message>
        <source>coverage done</source>
        <translation>cobertura hecha</translation>
    </message>
    <message>
        <source>coverage timeline done</source>
        <translation>evolución de la cobertura hecha</translation>
    </message>
    <message>
        <source>cumulative volumes</source>
        <translation>volúmenes acumulados</translation>
    </message>
    <message>
        <source>cutting flooded roads</source>
        <translation>cortando carreteras inundadas</translation>
    </message>
    <message>
        <source>defenses appraised</source>
        <translation>defensas evaluadas</translation>
    </message>
    <message>
        <source>defenses, resources, profiles</source>
        <translation>defensas, recursos, perfiles</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>elevation ready</source>
        <translation>elevación lista</translation>
    </message>
    <message>
        <source>exercise done</source>
        <translation>ejercicio terminado</translation>
    </message>
    <message>
        <source>exercise ready</source>
        <translation>ejercicio listo</translation>
    </message>
    <message>
        <source>finding countries and border crossings</source>
        <translation>determinando países y pasos fronterizos</translation>
    </message>
    <message>
        <source>flood fill</source>
        <translation>relleno de la inundación</translation>
    </message>
    <message>
        <source>flood model</source>
        <translation>modelo de inundación</translation>
    </message>
    <message>
        <source>flood model ready</source>
        <translation>modelo de inundación listo</translation>
    </message>
    <message>
        <source>flood with and without</source>
        <translation>inundación con y sin</translation>
    </message>
    <message>
        <source>flood with every defense</source>
        <translation>inundación con cada defensa</translation>
    </message>
    <message>
        <source>gap polygons</source>
        <translation>polígonos de brechas</translation>
    </message>
    <message>
        <source>joining road vertices</source>
        <translation>uniendo vértices de carreteras</translation>
    </message>
    <message>
        <source>jurisdictions</source>
        <translation>jurisdicciones</translation>
    </message>
    <message>
        <source>jurisdictions and roads by country</source>
        <translation>jurisdicciones y carreteras por país</translation>
    </message>
    <message>
        <source>levels along the river</source>
        <translation>niveles a lo largo del río</translation>
    </message>
    <message>
        <source>map drawn</source>
        <translation>mapa dibujado</translation>
    </message>
    <message>
        <source>maps</source>
        <translation>mapas</translation>
    </message>
    <message>
        <source>open data</source>
        <translation>datos abiertos</translation>
    </message>
    <message>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <source>plate laid out</source>
        <translation>lámina compuesta</translation>
    </message>
    <message>
        <source>plate layout</source>
        <translation>composición de la lámina</translation>
    </message>
    <message>
        <source>plate written</source>
        <translation>lámina escrita</translation>
    </message>
    <message>
        <source>preparing layers</source>
        <translation>preparando capas</translation>
    </message>
    <message>
        <source>profile flood model</source>
        <translation>modelo de inundación del perfil</translation>
    </message>
    <message>
        <source>reading elevation sources</source>
        <translation>leyendo fuentes de elevación</translation>
    </message>
    <message>
        <source>reading roads</source>
        <translation>leyendo carreteras</translation>
    </message>
    <message>
        <source>reading the DEM</source>
        <translation>leyendo el MDE</translation>
    </message>
    <message>
        <source>reading the OpenStreetMap extract</source>
        <translation>leyendo el extracto de OpenStreetMap</translation>
    </message>
    <message>
        <source>relative terrain</source>
        <translation>terreno relativo</translation>
    </message>
    <message>
        <source>report map</source>
        <translation>mapa del informe</translation>
    </message>
    <message>
        <source>report tables</source>
        <translation>tablas del informe</translation>
    </message>
    <message>
        <source>report written</source>
        <translation>informe escrito</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>recursos</translation>
    </message>
    <message>
        <source>resources and buildings</source>
        <translation>recursos y edificios</translation>
    </message>
    <message>
        <source>road network</source>
        <translation>red viaria</translation>
    </message>
    <message>
        <source>road network ready</source>
        <translation>red viaria lista</translation>
    </message>
    <message>
        <source>roads</source>
        <translation>carreteras</translation>
    </message>
    <message>
        <source>roads and rivers</source>
        <translation>carreteras y ríos</translation>
    </message>
    <message>
        <source>service areas</source>
        <translation>áreas de servicio</translation>
    </message>
    <message>
        <source>sites chosen</source>
        <translation>emplazamientos elegidos</translation>
    </message>
    <message>
        <source>solving the covering problem</source>
        <translation>resolviendo el problema de cobertura</translation>
    </message>
    <message>
        <source>spill levels (priority-flood)</source>
        <translation>niveles de desbordamiento (priority-flood)</translation>
    </message>
    <message>
        <source>surface from the nearest river cell</source>
        <translation>superficie desde la celda de río más cercana</translation>
    </message>
    <message>
        <source>tables for checking</source>
        <translation>tablas para comprobar</translation>
    </message>
    <message>
        <source>terrain</source>
        <translation>terreno</translation>
    </message>
    <message>
        <source>travel times from candidate sites</source>
        <translation>tiempos de viaje desde los emplazamientos candidatos</translation>
    </message>
    <message>
        <source>what the cross-border decisions changed</source>
        <translation>qué cambiaron las decisiones transfronterizas</translation>
    </message>
</context>
<context>
    <name>ensemble_tab</name>
    <message>
        <source>Probability of flooding, T = {return_period:g} years</source>
        <translation>Probabilidad de inundación, T = {return_period:g} años</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>floodplan: unexpected error</source>
        <translation>floodplan: error inesperado</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>A report needs a scenario result; run the scenario first.</source>
        <translation>Un informe necesita un resultado de escenario; calcule primero el escenario.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Report written: {0}</source>
        <translation>Informe escrito: {0}</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>About floodplan</source>
        <translation>Acerca de floodplan</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <source>drag with the middle button, or arrow keys</source>
        <translation>arrastrar con el botón central o con las flechas</translation>
    </message>
    <message>
        <source>Zoom at the cursor</source>
        <translation>Zoom en el cursor</translation>
    </message>
    <message>
        <source>mouse wheel</source>
        <translation>rueda del ratón</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>Acercar / alejar</translation>
    </message>
    <message>
        <source>Zoom to a box</source>
        <translation>Zoom a un rectángulo</translation>
    </message>
    <message>
        <source>Shift+drag with the Pan tool</source>
        <translation>Mayús+arrastrar con la herramienta Desplazar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>How to plan a joint defense</source>
        <translation>Cómo planificar una defensa conjunta</translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <source>Response resources</source>
        <translation>Recursos de emergencia</translation>
    </message>
    <message>
        <source>Defenses</source>
        <translation>Defensas</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>existente</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prevista</translation>
    </message>
    <message>
        <source>breached in the scenario</source>
        <translation>rota en el escenario</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Edificios</translation>
    </message>
    <message>
        <source>building</source>
        <translation>edificio</translation>
    </message>
    <message>
        <source>Roads</source>
        <translation>Carreteras</translation>
    </message>
    <message>
        <source>road</source>
        <translation>carretera</translation>
    </message>
    <message>
        <source>river</source>
        <translation>río</translation>
    </message>
    <message>
        <source>national border</source>
        <translation>frontera estatal</translation>
    </message>
    <message>
        <source>Tabletop exercise</source>
        <translation>Ejercicio de simulación</translation>
    </message>
    <message>
        <source>resource moved in the exercise (not in the plan)</source>
        <translation>recurso movido en el ejercicio (no en el plan)</translation>
    </message>
    <message>
        <source>resource out of service in the exercise</source>
        <translation>recurso fuera de servicio en el ejercicio</translation>
    </message>
    <message>
        <source>Flood depth</source>
        <translation>Calado de inundación</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>road closed by water</source>
        <translation>carretera cortada por el agua</translation>
    </message>
    <message>
        <source>coverage gap (not reached in time)</source>
        <translation>brecha de cobertura (no alcanzado a tiempo)</translation>
    </message>
    <message>
        <source>selected / changed building</source>
        <translation>edificio seleccionado / cambiado</translation>
    </message>
</context>
<context>
    <name>risk_tab</name>
    <message>
        <source>return period (years)</source>
        <translation>periodo de retorno (años)</translation>
    </message>
    <message>
        <source>damage (million EUR)</source>
        <translation>daños (millones de EUR)</translation>
    </message>
    <message>
        <source>Risk curve per country</source>
        <translation>Curva de riesgo por país</translation>
    </message>
</context>
<context>
    <name>versions_dock</name>
    <message>
        <source>Covered population, national</source>
        <extracomment>(label, indicator, mode) offered by the trend chart.</extracomment>
        <translation>Población cubierta, nacional</translation>
    </message>
    <message>
        <source>Covered population, joint</source>
        <translation>Población cubierta, conjunto</translation>
    </message>
    <message>
        <source>Gap (uncovered), national</source>
        <translation>Brecha (sin cobertura), nacional</translation>
    </message>
    <message>
        <source>Gap (uncovered), joint</source>
        <translation>Brecha (sin cobertura), conjunto</translation>
    </message>
    <message>
        <source>Cooperation gain</source>
        <translation>Ganancia de cooperación</translation>
    </message>
    <message>
        <source>Expected annual damage (EUR)</source>
        <translation>Daño anual esperado (EUR)</translation>
    </message>
    <message>
        <source>Expected people affected per year</source>
        <translation>Personas afectadas esperadas por año</translation>
    </message>
    <message>
        <source>Covered</source>
        <extracomment>Short names of the indicators in the Compare table.</extracomment>
        <translation>Cubiertos</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Brecha</translation>
    </message>
    <message>
        <source>EAD (EUR/year)</source>
        <translation>EAD (EUR/año)</translation>
    </message>
    <message>
        <source>EAP (people/year)</source>
        <translation>EAP (personas/año)</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>EUR per year</source>
        <translation>EUR por año</translation>
    </message>
    <message>
        <source>Save &amp;version…</source>
        <translation>Guardar &amp;versión…</translation>
    </message>
    <message>
        <source>Keep the plan as it is now, with its indicators, as a version inside the project</source>
        <translation>Conservar el plan tal como está ahora, con sus indicadores, como versión dentro del proyecto</translation>
    </message>
    <message>
        <source>Export &amp;progress report…</source>
        <translation>Exportar informe de &amp;progreso…</translation>
    </message>
    <message>
        <source>A public page, PDF and open data of what the plan changed between two versions</source>
        <translation>Una página pública, un PDF y datos abiertos de lo que el plan cambió entre dos versiones</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
</context>
</TS>
