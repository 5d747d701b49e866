╔═ html ═╗
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>通信行业周报（2026-W13）：光交换场景持续拓宽，国产 AI 芯片验证推进顺利</title>
<meta name="author" content="林知远">
<meta name="description" content="通信行业研究 · 行业周报">
<meta name="keywords" content="通信,行业周报,衡川证券,服务器,光模块,IDC">
<meta name="generator" content="Sector Weekly">
<style>
:root { --primary: #8C1D2B; --accent: #C9A227; }
/* Screen: a readable column. Print: A4 pages close to the PDF. Colours come from desk.yaml. */
* { box-sizing: border-box; }
html { font-size: 15px; }
body {
  margin: 0 auto; max-width: 860px; padding: 24px 32px 64px;
  font-family: "Noto Sans SC", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", sans-serif;
  color: #1f1f1f; line-height: 1.75; background: #fff;
  line-break: strict; word-break: normal; overflow-wrap: anywhere;
}
.running-header {
  display: flex; justify-content: space-between; font-size: 0.8rem; color: #666;
  border-bottom: 1px solid var(--primary); padding-bottom: 4px; margin-bottom: 20px;
}
.masthead { display: flex; gap: 24px; align-items: stretch; border-bottom: 3px solid var(--primary); padding-bottom: 16px; }
.masthead-title { flex: 1; }
.sector-title { font-size: 2rem; font-weight: 700; color: var(--primary); margin: 0; letter-spacing: 0.05em; }
.report-type { font-size: 1.1rem; margin: 4px 0 0; font-weight: 600; }
.team { color: #555; margin: 4px 0 0; font-size: 0.9rem; }
.rating-box { width: 270px; border-left: 4px solid var(--accent); background: #faf6f0; padding: 10px 14px; font-size: 0.85rem; }
.rating { font-size: 1.15rem; font-weight: 700; color: var(--primary); margin: 0 0 8px; }
.analyst { margin: 6px 0; line-height: 1.5; }
.analyst .label { color: #666; }
.licence, .email { color: #555; }
.headline { font-size: 1.5rem; line-height: 1.4; margin: 20px 0 8px; color: #111; }
h2 { font-size: 1.3rem; color: var(--primary); border-bottom: 2px solid var(--primary); padding-bottom: 4px; margin-top: 40px; }
h3 { font-size: 1.05rem; color: var(--primary); margin: 22px 0 6px; }
h4 { font-size: 0.95rem; margin: 14px 0 4px; }
.cover h3 { border-left: 4px solid var(--primary); padding-left: 8px; }
p { margin: 6px 0; text-align: justify; }
ol.views { list-style: none; padding: 0; margin: 0; }
ol.views li { margin: 6px 0; text-align: justify; }
.marker { color: var(--primary); font-weight: 700; }
.table-figure { margin: 18px 0; }
.table-figure figcaption { font-weight: 700; font-size: 0.9rem; margin-bottom: 4px; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 0.85rem; line-height: 1.5; }
thead th { background: var(--primary); color: #fff; font-weight: 600; text-align: left; padding: 5px 8px; }
td { padding: 5px 8px; border-bottom: 1px solid #ddd; vertical-align: top; }
tbody tr:nth-child(even) td { background: #f7f5f2; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
.source { font-size: 0.78rem; color: #666; margin-top: 4px; }
.news .date { color: var(--primary); font-weight: 600; margin-right: 4px; }
.news .source { white-space: nowrap; }
.compliance { font-size: 0.85rem; color: #333; }
.offices { display: grid; grid-template-columns: repeat(3, 1fr); gap: 12px; font-size: 0.8rem; }
.office p { margin: 2px 0; text-align: left; }
.office .city { font-weight: 700; color: var(--primary); }
@media (max-width: 640px) {
  body { padding: 16px; }
  .masthead { flex-direction: column; }
  .rating-box { width: auto; }
  .offices { grid-template-columns: 1fr; }
}
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  html { font-size: 10.5pt; }
  body { max-width: none; padding: 0; }
  .cover { break-after: page; }
  .cover p, .cover li { font-size: 9pt; line-height: 1.6; }
  .cover h3 { margin-top: 10pt; }
  h2 { break-before: auto; break-after: avoid; }
  h3, h4, figcaption { break-after: avoid; }
  tr, .office { break-inside: avoid; }
  thead { display: table-header-group; }
  .running-header { display: none; }
}
</style>
</head>
<body>
<header class="running-header"><span>衡川证券 · 通信行业周报</span><span>证券研究报告 · 2026年3月27日</span></header>
<section class="cover">
<div class="masthead">
<div class="masthead-title">
<p class="sector-title">通信行业研究</p>
<p class="report-type">行业周报 · 证券研究报告</p>
<p class="team">衡川证券股份有限公司 · 通信组 · 2026年3月27日</p>
</div>
<aside class="rating-box">
<p class="rating">买入（维持评级）</p>
<p class="analyst"><span class="label">分析师：</span>林知远<br><span class="licence">执业 S0990524070001</span><br><span class="email">linzhiyuan@hcresearch.example</span></p>
</aside>
</div>
<h1 class="headline">光交换场景持续拓宽，国产 AI 芯片验证推进顺利</h1>
<h3>通信周观点</h3>
<ol class="views">
<li><span class="marker">1)</span> <strong>OFC 2026 前瞻研讨</strong>：NVIDIA、Lumentum、Meta 等厂商集中讨论光电路交换（OCS）。我们的理解是，模型参数与推理时计算量的双重增长正在把高带宽网络推向系统设计的中心，OCS 已在横向扩展中落地，纵向扩展仍待集成与可靠性问题解决。</li>
<li><span class="marker">2)</span> <strong>Lumentum</strong>：OCS 单季营收提前突破千万美元，在手订单超过 4 亿美元，公司预计到 2027 年底开始交付首批 CPO 产品。光交换与共封装光学的需求确定性在提升。</li>
<li><span class="marker">3)</span> <strong>华为</strong>：新款 AI 芯片的客户测试进展顺利，字节跳动、阿里巴巴等有意采购。相较上一代产品，这是国产算力供给的一次实质性进展。</li>
<li><span class="marker">4)</span> <strong>光缆价格</strong>：黑龙江电信应急采购中，G.652D 24 芯室外光缆不含税单价达 3737.43 元/皮长公里，折合约 155.73 元/芯公里，光缆供给偏紧的判断得到印证。</li>
<li><span class="marker">5)</span> <strong>Google</strong>：发布 TurboQuant 压缩算法，无需重新训练即可把键值缓存压缩到 3 bit，内存占用约降至六分之一，H100 上最高提速约 8 倍，对推理成本与存储需求的影响值得跟踪。</li>
<li><span class="marker">6)</span> <strong>字节跳动</strong>：火山引擎日均大模型调用量已超过 100 万亿 Tokens，春节后不到两个月增长超 60%，国内推理需求的增长仍在加速。</li>
<li><span class="marker">7)</span> <strong>月之暗面</strong>：据报道正评估赴港上市，并寻求最高 10 亿美元的私募融资，对应估值约 180 亿美元，大模型公司的资本化节奏加快。</li>
<li><span class="marker">8)</span> <strong>Arm</strong>：首次推出自研 AGI CPU，最高 136 核、功耗 300 瓦，由台积电代工，Meta 为首个大客户；公司预计五年后芯片与 IP 业务合计年收入约 250 亿美元。</li>
</ol>
<h3>细分赛道</h3>
<p><strong>服务器</strong>：本周服务器指数-3.25%，本月以来服务器指数-8.49%。Arm 首次销售自研 AGI CPU，Meta 成为首个主要客户，通用算力芯片的竞争格局出现新变量；国内服务器厂商短期仍受 GPU 供给节奏影响。</p>
<p><strong>光模块</strong>：本周光模块(CPO)指数+2.43%，本月以来光模块(CPO)指数+10.65%。Lumentum 认为铜缆在横向扩展中已接近物理极限，OCS 与 CPO 将承接新增的互连需求。我们判断高速光模块的需求景气仍在上行通道。</p>
<p><strong>IDC</strong>：本周IDC指数-2.90%，本月以来IDC指数-6.55%。国产 AI 芯片客户验证顺利，若供给约束逐步缓解，国内智算中心的建设节奏有望加快，IDC 需求随之改善。</p>
<h3>核心数据更新</h3>
<p>电信业务量收增速逐步改善：2026年1-2月电信业务收入累计2904亿元，同比下降1.7%，按上年不变价计算的电信业务总量同比增长8.4%。光模块出口延续高增，2月当月出口金额同比增长26.57%，1-2月累计同比增长17.74%。4Q25 微软、谷歌、Meta、亚马逊资本开支分别为299亿美元、279亿美元、214亿美元、395亿美元，同比分别+89%、+95%、+48%、+42%。</p>
<h3>投资建议与估值</h3>
<p>建议关注国内 AI 投资带动的服务器、IDC 与液冷环节，以及海外 AI 资本开支带动的光模块、OCS 与高速连接器环节。</p>
<h3>风险提示</h3>
<p>AI 商业化进度低于预期、技术迭代不及预期、供应链集中与原材料短缺、贸易与出口管制政策变化、行业竞争加剧</p>
</section>
<main>
<section class="chapter">
<h2 id="chapter-1">一、细分行业观点</h2>
<p><strong>服务器</strong>：本周服务器指数-3.25%，本月以来服务器指数-8.49%。Arm 首次销售自研 AGI CPU，Meta 成为首个主要客户，通用算力芯片的竞争格局出现新变量；国内服务器厂商短期仍受 GPU 供给节奏影响。</p>
<p><strong>光模块</strong>：本周光模块(CPO)指数+2.43%，本月以来光模块(CPO)指数+10.65%。Lumentum 认为铜缆在横向扩展中已接近物理极限，OCS 与 CPO 将承接新增的互连需求。我们判断高速光模块的需求景气仍在上行通道。</p>
<p><strong>IDC</strong>：本周IDC指数-2.90%，本月以来IDC指数-6.55%。国产 AI 芯片客户验证顺利，若供给约束逐步缓解，国内智算中心的建设节奏有望加快，IDC 需求随之改善。</p>
<figure class="table-figure" id="figure-1">
<figcaption>图表1：本周通信板块景气度</figcaption>
<table>
<colgroup><col style="width: 13.8%"><col style="width: 17.2%"><col style="width: 69.0%"></colgroup>
<thead><tr><th>板块</th><th>景气度指标</th><th>本期景气度说明</th></tr></thead>
<tbody>
<tr><td>运营商</td><td>稳健向上</td><td>5G 资本开支高峰已过，传统电信业务增速放缓，云与算力业务接力增长。</td></tr>
<tr><td>光模块</td><td>稳健向上</td><td>OFC 期间 OCS 的落地场景得到系统阐述，光互连需求的确定性提高。</td></tr>
<tr><td>服务器</td><td>稳健向上</td><td>海外龙头对 2027 年算力需求给出乐观指引，AI 服务器订单能见度较高。</td></tr>
<tr><td>交换机</td><td>稳健向上</td><td>高速交换机持续放量，国产厂商有望在 Scale-up 网络中取得突破。</td></tr>
<tr><td>连接器</td><td>稳健向上</td><td>龙头厂商在手订单饱满，超节点架构渗透将提升单机连接器用量。</td></tr>
<tr><td>IDC</td><td>加速向上</td><td>国产 AI 芯片验证顺利，供给改善预期下国内智算中心建设有望提速。</td></tr>
<tr><td>物联网</td><td>加速向上</td><td>AI 眼镜等新终端即将批量出货，端侧 AI 有望打开物联网模组需求。</td></tr>
<tr><td>液冷</td><td>高景气维持</td><td>海外云厂商与国内液冷企业洽谈数据中心液冷采购，板块催化不断。</td></tr>
</tbody>
</table>
<p class="source">来源：讯石光通讯，REUTERS，衡川证券研究所</p>
</figure>
</section>
<section class="chapter">
<h2 id="chapter-2">二、核心数据更新</h2>
<h3 id="core-2-1">2.1 运营商：用户规模稳步扩大，千兆与 5G 渗透继续提升</h3>
<p>截至2月末，三家基础电信企业的固定互联网宽带接入用户达6.94亿户，比上年末增加316.7万户；其中千兆及以上接入速率用户2.45亿户，比上年末增加637万户，占比35.3%，较上年末提升0.8个百分点。5G 移动电话用户达12.35亿户，占移动电话用户的67.6%。</p>
<p>1-2月移动互联网累计流量666.7亿GB，同比增长20.4%；2月末移动互联网用户16.03亿户，比上年末减少678.6万户；2月当月 DOU 为19.31GB/户·月。移动电话去话通话时长3036亿分钟，同比下降5.6%。</p>
<p>网络建设方面，2月末互联网宽带接入端口达12.6亿个，比上年末增加901.1万个；10G PON 端口3200万个，比上年末增加37.6万个；5G 基站总数490.9万个，比上年末增加7万个。</p>
<figure class="table-figure" id="figure-2">
<figcaption>图表2：运营商核心数据</figcaption>
<table>
<colgroup><col style="width: 36.4%"><col style="width: 18.2%"><col style="width: 15.9%"><col style="width: 13.6%"><col style="width: 15.9%"></colgroup>
<thead><tr><th>指标</th><th class="num">数值</th><th class="num">变化</th><th>口径</th><th>期间</th></tr></thead>
<tbody>
<tr><td>电信业务收入（累计）</td><td class="num">2904亿元</td><td class="num">-1.7%</td><td>同比</td><td>2026年1-2月</td></tr>
<tr><td>电信业务总量增速（上年不变价）</td><td class="num">8.4%</td><td class="num">—</td><td>—</td><td>2026年1-2月</td></tr>
<tr><td>固定互联网宽带接入用户</td><td class="num">6.94亿户</td><td class="num">+316.7万户</td><td>比上年末</td><td>2026年2月末</td></tr>
<tr><td>千兆及以上宽带用户</td><td class="num">2.45亿户</td><td class="num">+637万户</td><td>比上年末</td><td>2026年2月末</td></tr>
<tr><td>千兆用户占比</td><td class="num">35.3%</td><td class="num">+0.8个百分点</td><td>比上年末</td><td>2026年2月末</td></tr>
<tr><td>5G 移动电话用户</td><td class="num">12.35亿户</td><td class="num">—</td><td>—</td><td>2026年2月末</td></tr>
<tr><td>5G 用户占移动电话用户比例</td><td class="num">67.6%</td><td class="num">—</td><td>—</td><td>2026年2月末</td></tr>
<tr><td>移动互联网累计流量</td><td class="num">666.7亿GB</td><td class="num">+20.4%</td><td>同比</td><td>2026年1-2月</td></tr>
<tr><td>移动互联网用户</td><td class="num">16.03亿户</td><td class="num">-678.6万户</td><td>比上年末</td><td>2026年2月末</td></tr>
<tr><td>户均移动互联网接入流量（DOU）</td><td class="num">19.31GB/户·月</td><td class="num">—</td><td>—</td><td>2026年2月</td></tr>
<tr><td>移动电话去话通话时长</td><td class="num">3036亿分钟</td><td class="num">-5.6%</td><td>同比</td><td>2026年1-2月</td></tr>
<tr><td>互联网宽带接入端口</td><td class="num">12.6亿个</td><td class="num">+901.1万个</td><td>比上年末</td><td>2026年2月末</td></tr>
<tr><td>10G PON 端口</td><td class="num">3200万个</td><td class="num">+37.6万个</td><td>比上年末</td><td>2026年2月末</td></tr>
<tr><td>5G 基站</td><td class="num">490.9万个</td><td class="num">+7万个</td><td>比上年末</td><td>2026年2月末</td></tr>
</tbody>
</table>
<p class="source">来源：工信部，衡川证券研究所</p>
</figure>
<h3 id="core-2-2">2.2 光模块：光模块出口金额同比高增</h3>
<p>2026年2月我国光模块出口金额同比增长26.57%，1-2月累计同比增长17.74%，海外 AI 建设对高速光模块的拉动仍在延续。</p>
<figure class="table-figure" id="figure-3">
<figcaption>图表3：光模块核心数据</figcaption>
<table>
<colgroup><col style="width: 36.4%"><col style="width: 18.2%"><col style="width: 15.9%"><col style="width: 13.6%"><col style="width: 15.9%"></colgroup>
<thead><tr><th>指标</th><th class="num">数值</th><th class="num">变化</th><th>口径</th><th>期间</th></tr></thead>
<tbody>
<tr><td>光模块出口金额当月同比</td><td class="num">26.57%</td><td class="num">—</td><td>—</td><td>2026年2月</td></tr>
<tr><td>光模块出口金额累计同比</td><td class="num">17.74%</td><td class="num">—</td><td>—</td><td>2026年1-2月</td></tr>
</tbody>
</table>
<p class="source">来源：Wind，衡川证券研究所</p>
</figure>
<h3 id="core-2-3">2.3 物联网：连接数稳步增长，模组出货恢复正增长</h3>
<p>截至2月末，三家基础电信企业的蜂窝物联网终端用户达29.21亿户，比上年末增加3308万户；IPTV（含 OTT）用户4.1亿户，比上年末增加167.3万户。2025年全球蜂窝物联网模组出货量同比增长15%，行业需求温和修复。</p>
<figure class="table-figure" id="figure-4">
<figcaption>图表4：物联网核心数据</figcaption>
<table>
<colgroup><col style="width: 36.4%"><col style="width: 18.2%"><col style="width: 15.9%"><col style="width: 13.6%"><col style="width: 15.9%"></colgroup>
<thead><tr><th>指标</th><th class="num">数值</th><th class="num">变化</th><th>口径</th><th>期间</th></tr></thead>
<tbody>
<tr><td>蜂窝物联网终端用户</td><td class="num">29.21亿户</td><td class="num">+3308万户</td><td>比上年末</td><td>2026年2月末</td></tr>
<tr><td>IPTV（含 OTT）用户</td><td class="num">4.1亿户</td><td class="num">+167.3万户</td><td>比上年末</td><td>2026年2月末</td></tr>
<tr><td>全球蜂窝物联网模组出货量同比</td><td class="num">15%</td><td class="num">—</td><td>—</td><td>2025年</td></tr>
</tbody>
</table>
<p class="source">来源：工信部，C114通信网，衡川证券研究所</p>
</figure>
<h3 id="core-2-4">2.4 海外云厂商：北美云厂商资本开支维持高增</h3>
<p>4Q25 微软、谷歌、Meta、亚马逊的资本开支分别为299亿美元、279亿美元、214亿美元、395亿美元，同比分别+89%、+95%、+48%、+42%，AI 基础设施投入仍是主要驱动。</p>
<figure class="table-figure" id="figure-5">
<figcaption>图表5：海外云厂商核心数据</figcaption>
<table>
<colgroup><col style="width: 36.4%"><col style="width: 18.2%"><col style="width: 15.9%"><col style="width: 13.6%"><col style="width: 15.9%"></colgroup>
<thead><tr><th>指标</th><th class="num">数值</th><th class="num">变化</th><th>口径</th><th>期间</th></tr></thead>
<tbody>
<tr><td>微软资本开支</td><td class="num">299亿美元</td><td class="num">+89%</td><td>同比</td><td>4Q25</td></tr>
<tr><td>谷歌资本开支</td><td class="num">279亿美元</td><td class="num">+95%</td><td>同比</td><td>4Q25</td></tr>
<tr><td>Meta 资本开支</td><td class="num">214亿美元</td><td class="num">+48%</td><td>同比</td><td>4Q25</td></tr>
<tr><td>亚马逊资本开支</td><td class="num">395亿美元</td><td class="num">+42%</td><td>同比</td><td>4Q25</td></tr>
</tbody>
</table>
<p class="source">来源：公司公告，衡川证券研究所</p>
</figure>
</section>
<section class="chapter">
<h2 id="chapter-3">三、本周行情</h2>
<p>回顾本周行情（3月23日-3月27日），参考申万一级行业划分，通信板块涨跌幅为-1.42%，在31个行业中排名第22。</p>
<p>从个股情况来看，本周光库科技、德科立、长盈通、亨通光电、铭普光磁为通信（申万）涨幅前5，涨跌幅分别为+18.72%、+16.38%、+15.67%、+13.89%、+13.81%；通信（申万）跌幅前5为剑桥科技、武汉凡谷、鼎通科技、国盾量子、世嘉科技，涨跌幅分别为-9.36%、-9.91%、-14.10%、-14.15%、-18.96%。</p>
<figure class="table-figure" id="figure-6">
<figcaption>图表6：通信板块个股周涨跌幅</figcaption>
<table>
<colgroup><col style="width: 9.5%"><col style="width: 28.6%"><col style="width: 16.7%"><col style="width: 28.6%"><col style="width: 16.7%"></colgroup>
<thead><tr><th class="num">排名</th><th>涨幅前列</th><th class="num">周涨跌幅</th><th>跌幅前列</th><th class="num">周涨跌幅</th></tr></thead>
<tbody>
<tr><td class="num">1</td><td>光库科技（300620.SZ）</td><td class="num">+18.72%</td><td>剑桥科技（603083.SH）</td><td class="num">-9.36%</td></tr>
<tr><td class="num">2</td><td>德科立（688205.SH）</td><td class="num">+16.38%</td><td>武汉凡谷（002194.SZ）</td><td class="num">-9.91%</td></tr>
<tr><td class="num">3</td><td>长盈通（688143.SH）</td><td class="num">+15.67%</td><td>鼎通科技（688668.SH）</td><td class="num">-14.10%</td></tr>
<tr><td class="num">4</td><td>亨通光电（600487.SH）</td><td class="num">+13.89%</td><td>国盾量子（688027.SH）</td><td class="num">-14.15%</td></tr>
<tr><td class="num">5</td><td>铭普光磁（002902.SZ）</td><td class="num">+13.81%</td><td>世嘉科技（002796.SZ）</td><td class="num">-18.96%</td></tr>
</tbody>
</table>
<p class="source">来源：Wind，衡川证券研究所</p>
</figure>
</section>
<section class="chapter">
<h2 id="chapter-4">四、本周重要新闻</h2>
<h3 id="news-4-1">4.1 行业新闻</h3>

<p class="news"><span class="date">3月24日</span> 中国信科集团宣布实现 2.5 Pb/s、24 芯光纤的超大容量实时传输，创下新的世界纪录，相关成果将用于数据中心互联和骨干网。 <span class="source">来源：科创板日报</span></p>
<p class="news"><span class="date">3月25日</span> 黑龙江电信发布室外光缆应急采购公告，G.652D 24 芯室外光缆不含税单价为 3737.43 元/皮长公里，约合 155.73 元/芯公里；此前广东电信同规格光缆的采购限价在两个月内由 1245 元上调至 2500 元/皮长公里，光缆价格上行明显。 <span class="source">来源：讯石光通讯</span></p>
<h3 id="news-4-2">4.2 公司新闻</h3>
<h4>阿里巴巴</h4>
<p class="news"><span class="date">3月25日</span> 据知情人士消息，华为新款 AI 芯片的客户测试进展顺利，阿里巴巴、字节跳动等公司计划采购。此前国内互联网公司对上一代昇腾芯片的大规模采用仍较谨慎。 <span class="source">来源：路透社</span></p>
<h4>腾讯</h4>
<p class="news"><span class="date">3月23日</span> 微信推出 ClawBot 插件并支持接入 OpenClaw，聊天场景与 AI 智能体的连接进一步打通。 <span class="source">来源：公司公告</span></p>
<h4>Cipher Digital</h4>
<p class="news"><span class="date">3月25日</span> Cipher Digital 与一家投资级超大规模租户签署为期 15 年的数据中心园区租赁协议，并获得最高 2 亿美元的循环信贷额度，用于补充流动性和支持扩张，公告当日盘前股价上涨近 10%。 <span class="source">来源：智通财经</span></p>
<h4>Arm Holdings</h4>
<p class="news"><span class="date">3月24日</span> Arm 将首次销售自研芯片 AGI CPU，最高 136 核、功耗 300 瓦，由台积电生产，Meta 为首个主要客户。公司预计芯片业务五年后年收入约 150 亿美元，连同 IP 业务总收入约 250 亿美元。 <span class="source">来源：智通财经</span></p>
<h4>Lumentum</h4>
<p class="news"><span class="date">3月24日</span> Lumentum 以 1800 万美元收购 Qorvo 位于格林斯伯勒的半导体制造厂，计划两年内投产。公司 OCS 季度营收已提前突破千万美元，订单积压超过 4 亿美元，预计大部分在下半年发货。 <span class="source">来源：讯石光通讯</span></p>
<h4>Ciena</h4>
<p class="news"><span class="date">3月22日</span> Ciena 在 OFC 会前研讨中指出，OCS 的规模化需要数万个无阻塞端口和微秒级切换，800G 以上链路的损耗预算已压缩至 3–4 dB，需要低损耗收发器或相干方案。 <span class="source">来源：讯石光通讯</span></p>
<h3 id="news-4-3">4.3 海内外大厂重点跟踪</h3>
<h4>字节跳动</h4>
<p class="news"><span class="date">3月24日</span> 火山引擎日均大模型调用量已超过 100 万亿 Tokens，春节后不到两个月增长超过 60%，个人用户的 Token 消耗也明显上升。 <span class="source">来源：晚点 LatePost</span></p>
<h4>月之暗面</h4>
<p class="news"><span class="date">3月26日</span> 月之暗面正处于评估赴港上市的早期阶段，并寻求最高 10 亿美元的新一轮私募融资，对应估值约 180 亿美元；上市时间尚未确定。 <span class="source">来源：彭博</span></p>
<h4>Google</h4>
<p class="news"><span class="date">3月26日</span> 谷歌推出 TurboQuant 压缩算法，可在不重新训练模型的情况下将键值缓存压缩至 3 bit，实现约 6 倍内存压缩；在 H100 上最高提速约 8 倍，并可用于向量检索。 <span class="source">来源：财联社</span></p>
<h4>OpenAI</h4>
<p class="news"><span class="date">3月26日</span> ChatGPT 广告业务上线约 6 周，年化收入已超过 1 亿美元，目前仅覆盖不到 20% 的美国免费版与 Go 版用户。 <span class="source">来源：The Information</span></p>
<h4>Microsoft</h4>
<p class="news"><span class="date">3月25日</span> 微软同意租用得克萨斯州一处原由甲骨文与 OpenAI 洽谈的数据中心项目，并与英伟达合作推出面向核电项目全生命周期的 AI 工具。 <span class="source">来源：彭博</span></p>
</section>
<section class="chapter">
<h2 id="risks">风险提示</h2>
<p class="risk"><strong>1、AI 商业化进度低于预期</strong>：AI 应用的收费模式仍在摸索中，若付费意愿或使用量增长慢于预期，算力与网络投资可能放缓，相关公司的订单与盈利随之承压。</p>
<p class="risk"><strong>2、技术迭代不及预期</strong>：光互连、液冷、高速交换等技术仍在快速演进，若关键技术的良率、可靠性或标准化进度落后，产品放量时点可能推迟。</p>
<p class="risk"><strong>3、供应链集中与原材料短缺</strong>：光芯片、高端 GPU 与光纤预制棒等环节供应商集中，若出现产能不足、价格大幅上涨或交付中断，下游扩产与利润率将受影响。</p>
<p class="risk"><strong>4、贸易与出口管制政策变化</strong>：关税或出口管制政策若进一步收紧，可能影响海外订单、关键器件采购与海外业务的盈利能力。</p>
<p class="risk"><strong>5、行业竞争加剧</strong>：新进入者增加与价格竞争可能压缩毛利率，技术路线更替也可能使部分公司的既有产品较快失去竞争力。</p>
</section>
<section class="chapter compliance">
<h2 id="ratings">行业投资评级的说明</h2>
<p>评级基准：未来 3–6 个月相对沪深 300 指数的表现。</p>
<p class="rating-definition"><strong>买入</strong>：预计未来 3–6 个月内，行业指数相对沪深 300 指数的超额收益在 15% 以上。</p>
<p class="rating-definition"><strong>增持</strong>：预计未来 3–6 个月内，行业指数相对沪深 300 指数的超额收益在 5% 至 15% 之间。</p>
<p class="rating-definition"><strong>中性</strong>：预计未来 3–6 个月内，行业指数相对沪深 300 指数的表现在 -5% 至 5% 之间。</p>
<p class="rating-definition"><strong>减持</strong>：预计未来 3–6 个月内，行业指数相对沪深 300 指数的表现落后 5% 以上。</p>
</section>
<section class="chapter compliance">
<h2 id="disclaimer">特别声明</h2>
<p>衡川证券股份有限公司具备中国证券监督管理委员会核准的证券投资咨询业务资格。</p>
<p>本报告由衡川证券股份有限公司（以下简称“本公司”）研究所编制，仅供本公司符合适当性要求的客户参考使用。本公司不因任何人收到本报告而视其为本公司的客户。</p>
<p>本报告所载信息来源于公开资料及本公司认为可靠的渠道，但本公司不对其准确性、完整性或及时性作出任何保证。报告中的观点、结论和建议仅反映研究人员在发布之日的判断，可能随市场变化而调整，恕不另行通知。</p>
<p>本报告不构成对任何人的投资建议，也未考虑个别投资者的投资目标、财务状况或特殊需求。投资者应独立判断并自行承担投资风险，必要时咨询专业顾问。本公司及研究人员不对因使用本报告而产生的任何损失承担责任。</p>
<p>本公司及其关联机构可能持有本报告所提及公司的证券，并可能为这些公司提供或争取提供投资银行、财务顾问等服务。投资者应当关注上述可能存在的利益冲突。</p>
<p>本报告版权归本公司所有。未经本公司书面许可，任何机构和个人不得以任何形式复制、转载、刊登或修改本报告的全部或部分内容；经许可引用时须注明出处为衡川证券研究所，且不得作有悖原意的删改。</p>
<p>本报告仅在中华人民共和国境内（不含港澳台地区）发布。</p>
<h3>联系我们</h3>
<div class="offices">
<div class="office"><p class="city">上海</p><p>电话：021-6000 1000</p><p>邮箱：research-sh@hcresearch.example</p><p>邮编：200120</p><p>地址：上海市浦东新区示例大道 100 号 20 楼</p></div>
<div class="office"><p class="city">北京</p><p>电话：010-6000 2000</p><p>邮箱：research-bj@hcresearch.example</p><p>邮编：100032</p><p>地址：北京市西城区示例街 8 号 12 层</p></div>
<div class="office"><p class="city">深圳</p><p>电话：0755-6000 3000</p><p>邮箱：research-sz@hcresearch.example</p><p>邮编：518048</p><p>地址：深圳市福田区示例路 2000 号 18 楼</p></div>
</div>
</section>
</main>
</body>
</html>

╔═ markdown ═╗
# 通信行业研究 · 行业周报

证券研究报告 · 衡川证券股份有限公司 · 通信组 · 2026年3月27日

**买入（维持评级）**

分析师：林知远（执业 S0990524070001）linzhiyuan@hcresearch.example

## 光交换场景持续拓宽，国产 AI 芯片验证推进顺利

### 通信周观点

1) **OFC 2026 前瞻研讨**：NVIDIA、Lumentum、Meta 等厂商集中讨论光电路交换（OCS）。我们的理解是，模型参数与推理时计算量的双重增长正在把高带宽网络推向系统设计的中心，OCS 已在横向扩展中落地，纵向扩展仍待集成与可靠性问题解决。

2) **Lumentum**：OCS 单季营收提前突破千万美元，在手订单超过 4 亿美元，公司预计到 2027 年底开始交付首批 CPO 产品。光交换与共封装光学的需求确定性在提升。

3) **华为**：新款 AI 芯片的客户测试进展顺利，字节跳动、阿里巴巴等有意采购。相较上一代产品，这是国产算力供给的一次实质性进展。

4) **光缆价格**：黑龙江电信应急采购中，G.652D 24 芯室外光缆不含税单价达 3737.43 元/皮长公里，折合约 155.73 元/芯公里，光缆供给偏紧的判断得到印证。

5) **Google**：发布 TurboQuant 压缩算法，无需重新训练即可把键值缓存压缩到 3 bit，内存占用约降至六分之一，H100 上最高提速约 8 倍，对推理成本与存储需求的影响值得跟踪。

6) **字节跳动**：火山引擎日均大模型调用量已超过 100 万亿 Tokens，春节后不到两个月增长超 60%，国内推理需求的增长仍在加速。

7) **月之暗面**：据报道正评估赴港上市，并寻求最高 10 亿美元的私募融资，对应估值约 180 亿美元，大模型公司的资本化节奏加快。

8) **Arm**：首次推出自研 AGI CPU，最高 136 核、功耗 300 瓦，由台积电代工，Meta 为首个大客户；公司预计五年后芯片与 IP 业务合计年收入约 250 亿美元。

### 细分赛道

**服务器**：本周服务器指数-3.25%，本月以来服务器指数-8.49%。Arm 首次销售自研 AGI CPU，Meta 成为首个主要客户，通用算力芯片的竞争格局出现新变量；国内服务器厂商短期仍受 GPU 供给节奏影响。

**光模块**：本周光模块(CPO)指数+2.43%，本月以来光模块(CPO)指数+10.65%。Lumentum 认为铜缆在横向扩展中已接近物理极限，OCS 与 CPO 将承接新增的互连需求。我们判断高速光模块的需求景气仍在上行通道。

**IDC**：本周IDC指数-2.90%，本月以来IDC指数-6.55%。国产 AI 芯片客户验证顺利，若供给约束逐步缓解，国内智算中心的建设节奏有望加快，IDC 需求随之改善。

### 核心数据更新

电信业务量收增速逐步改善：2026年1-2月电信业务收入累计2904亿元，同比下降1.7%，按上年不变价计算的电信业务总量同比增长8.4%。光模块出口延续高增，2月当月出口金额同比增长26.57%，1-2月累计同比增长17.74%。4Q25 微软、谷歌、Meta、亚马逊资本开支分别为299亿美元、279亿美元、214亿美元、395亿美元，同比分别+89%、+95%、+48%、+42%。

### 投资建议与估值

建议关注国内 AI 投资带动的服务器、IDC 与液冷环节，以及海外 AI 资本开支带动的光模块、OCS 与高速连接器环节。

### 风险提示

AI 商业化进度低于预期、技术迭代不及预期、供应链集中与原材料短缺、贸易与出口管制政策变化、行业竞争加剧

## 一、细分行业观点

**服务器**：本周服务器指数-3.25%，本月以来服务器指数-8.49%。Arm 首次销售自研 AGI CPU，Meta 成为首个主要客户，通用算力芯片的竞争格局出现新变量；国内服务器厂商短期仍受 GPU 供给节奏影响。

**光模块**：本周光模块(CPO)指数+2.43%，本月以来光模块(CPO)指数+10.65%。Lumentum 认为铜缆在横向扩展中已接近物理极限，OCS 与 CPO 将承接新增的互连需求。我们判断高速光模块的需求景气仍在上行通道。

**IDC**：本周IDC指数-2.90%，本月以来IDC指数-6.55%。国产 AI 芯片客户验证顺利，若供给约束逐步缓解，国内智算中心的建设节奏有望加快，IDC 需求随之改善。

**图表1：本周通信板块景气度**

| 板块 | 景气度指标 | 本期景气度说明 |
| --- | --- | --- |
| 运营商 | 稳健向上 | 5G 资本开支高峰已过，传统电信业务增速放缓，云与算力业务接力增长。 |
| 光模块 | 稳健向上 | OFC 期间 OCS 的落地场景得到系统阐述，光互连需求的确定性提高。 |
| 服务器 | 稳健向上 | 海外龙头对 2027 年算力需求给出乐观指引，AI 服务器订单能见度较高。 |
| 交换机 | 稳健向上 | 高速交换机持续放量，国产厂商有望在 Scale-up 网络中取得突破。 |
| 连接器 | 稳健向上 | 龙头厂商在手订单饱满，超节点架构渗透将提升单机连接器用量。 |
| IDC | 加速向上 | 国产 AI 芯片验证顺利，供给改善预期下国内智算中心建设有望提速。 |
| 物联网 | 加速向上 | AI 眼镜等新终端即将批量出货，端侧 AI 有望打开物联网模组需求。 |
| 液冷 | 高景气维持 | 海外云厂商与国内液冷企业洽谈数据中心液冷采购，板块催化不断。 |

来源：讯石光通讯，REUTERS，衡川证券研究所

## 二、核心数据更新

### 2.1 运营商：用户规模稳步扩大，千兆与 5G 渗透继续提升

截至2月末，三家基础电信企业的固定互联网宽带接入用户达6.94亿户，比上年末增加316.7万户；其中千兆及以上接入速率用户2.45亿户，比上年末增加637万户，占比35.3%，较上年末提升0.8个百分点。5G 移动电话用户达12.35亿户，占移动电话用户的67.6%。

1-2月移动互联网累计流量666.7亿GB，同比增长20.4%；2月末移动互联网用户16.03亿户，比上年末减少678.6万户；2月当月 DOU 为19.31GB/户·月。移动电话去话通话时长3036亿分钟，同比下降5.6%。

网络建设方面，2月末互联网宽带接入端口达12.6亿个，比上年末增加901.1万个；10G PON 端口3200万个，比上年末增加37.6万个；5G 基站总数490.9万个，比上年末增加7万个。

**图表2：运营商核心数据**

| 指标 | 数值 | 变化 | 口径 | 期间 |
| --- | ---: | ---: | --- | --- |
| 电信业务收入（累计） | 2904亿元 | -1.7% | 同比 | 2026年1-2月 |
| 电信业务总量增速（上年不变价） | 8.4% | — | — | 2026年1-2月 |
| 固定互联网宽带接入用户 | 6.94亿户 | +316.7万户 | 比上年末 | 2026年2月末 |
| 千兆及以上宽带用户 | 2.45亿户 | +637万户 | 比上年末 | 2026年2月末 |
| 千兆用户占比 | 35.3% | +0.8个百分点 | 比上年末 | 2026年2月末 |
| 5G 移动电话用户 | 12.35亿户 | — | — | 2026年2月末 |
| 5G 用户占移动电话用户比例 | 67.6% | — | — | 2026年2月末 |
| 移动互联网累计流量 | 666.7亿GB | +20.4% | 同比 | 2026年1-2月 |
| 移动互联网用户 | 16.03亿户 | -678.6万户 | 比上年末 | 2026年2月末 |
| 户均移动互联网接入流量（DOU） | 19.31GB/户·月 | — | — | 2026年2月 |
| 移动电话去话通话时长 | 3036亿分钟 | -5.6% | 同比 | 2026年1-2月 |
| 互联网宽带接入端口 | 12.6亿个 | +901.1万个 | 比上年末 | 2026年2月末 |
| 10G PON 端口 | 3200万个 | +37.6万个 | 比上年末 | 2026年2月末 |
| 5G 基站 | 490.9万个 | +7万个 | 比上年末 | 2026年2月末 |

来源：工信部，衡川证券研究所

### 2.2 光模块：光模块出口金额同比高增

2026年2月我国光模块出口金额同比增长26.57%，1-2月累计同比增长17.74%，海外 AI 建设对高速光模块的拉动仍在延续。

**图表3：光模块核心数据**

| 指标 | 数值 | 变化 | 口径 | 期间 |
| --- | ---: | ---: | --- | --- |
| 光模块出口金额当月同比 | 26.57% | — | — | 2026年2月 |
| 光模块出口金额累计同比 | 17.74% | — | — | 2026年1-2月 |

来源：Wind，衡川证券研究所

### 2.3 物联网：连接数稳步增长，模组出货恢复正增长

截至2月末，三家基础电信企业的蜂窝物联网终端用户达29.21亿户，比上年末增加3308万户；IPTV（含 OTT）用户4.1亿户，比上年末增加167.3万户。2025年全球蜂窝物联网模组出货量同比增长15%，行业需求温和修复。

**图表4：物联网核心数据**

| 指标 | 数值 | 变化 | 口径 | 期间 |
| --- | ---: | ---: | --- | --- |
| 蜂窝物联网终端用户 | 29.21亿户 | +3308万户 | 比上年末 | 2026年2月末 |
| IPTV（含 OTT）用户 | 4.1亿户 | +167.3万户 | 比上年末 | 2026年2月末 |
| 全球蜂窝物联网模组出货量同比 | 15% | — | — | 2025年 |

来源：工信部，C114通信网，衡川证券研究所

### 2.4 海外云厂商：北美云厂商资本开支维持高增

4Q25 微软、谷歌、Meta、亚马逊的资本开支分别为299亿美元、279亿美元、214亿美元、395亿美元，同比分别+89%、+95%、+48%、+42%，AI 基础设施投入仍是主要驱动。

**图表5：海外云厂商核心数据**

| 指标 | 数值 | 变化 | 口径 | 期间 |
| --- | ---: | ---: | --- | --- |
| 微软资本开支 | 299亿美元 | +89% | 同比 | 4Q25 |
| 谷歌资本开支 | 279亿美元 | +95% | 同比 | 4Q25 |
| Meta 资本开支 | 214亿美元 | +48% | 同比 | 4Q25 |
| 亚马逊资本开支 | 395亿美元 | +42% | 同比 | 4Q25 |

来源：公司公告，衡川证券研究所

## 三、本周行情

回顾本周行情（3月23日-3月27日），参考申万一级行业划分，通信板块涨跌幅为-1.42%，在31个行业中排名第22。

从个股情况来看，本周光库科技、德科立、长盈通、亨通光电、铭普光磁为通信（申万）涨幅前5，涨跌幅分别为+18.72%、+16.38%、+15.67%、+13.89%、+13.81%；通信（申万）跌幅前5为剑桥科技、武汉凡谷、鼎通科技、国盾量子、世嘉科技，涨跌幅分别为-9.36%、-9.91%、-14.10%、-14.15%、-18.96%。

**图表6：通信板块个股周涨跌幅**

| 排名 | 涨幅前列 | 周涨跌幅 | 跌幅前列 | 周涨跌幅 |
| ---: | --- | ---: | --- | ---: |
| 1 | 光库科技（300620.SZ） | +18.72% | 剑桥科技（603083.SH） | -9.36% |
| 2 | 德科立（688205.SH） | +16.38% | 武汉凡谷（002194.SZ） | -9.91% |
| 3 | 长盈通（688143.SH） | +15.67% | 鼎通科技（688668.SH） | -14.10% |
| 4 | 亨通光电（600487.SH） | +13.89% | 国盾量子（688027.SH） | -14.15% |
| 5 | 铭普光磁（002902.SZ） | +13.81% | 世嘉科技（002796.SZ） | -18.96% |

来源：Wind，衡川证券研究所

## 四、本周重要新闻

### 4.1 行业新闻

3月24日 中国信科集团宣布实现 2.5 Pb/s、24 芯光纤的超大容量实时传输，创下新的世界纪录，相关成果将用于数据中心互联和骨干网。 来源：科创板日报

3月25日 黑龙江电信发布室外光缆应急采购公告，G.652D 24 芯室外光缆不含税单价为 3737.43 元/皮长公里，约合 155.73 元/芯公里；此前广东电信同规格光缆的采购限价在两个月内由 1245 元上调至 2500 元/皮长公里，光缆价格上行明显。 来源：讯石光通讯

### 4.2 公司新闻

#### 阿里巴巴

3月25日 据知情人士消息，华为新款 AI 芯片的客户测试进展顺利，阿里巴巴、字节跳动等公司计划采购。此前国内互联网公司对上一代昇腾芯片的大规模采用仍较谨慎。 来源：路透社

#### 腾讯

3月23日 微信推出 ClawBot 插件并支持接入 OpenClaw，聊天场景与 AI 智能体的连接进一步打通。 来源：公司公告

#### Cipher Digital

3月25日 Cipher Digital 与一家投资级超大规模租户签署为期 15 年的数据中心园区租赁协议，并获得最高 2 亿美元的循环信贷额度，用于补充流动性和支持扩张，公告当日盘前股价上涨近 10%。 来源：智通财经

#### Arm Holdings

3月24日 Arm 将首次销售自研芯片 AGI CPU，最高 136 核、功耗 300 瓦，由台积电生产，Meta 为首个主要客户。公司预计芯片业务五年后年收入约 150 亿美元，连同 IP 业务总收入约 250 亿美元。 来源：智通财经

#### Lumentum

3月24日 Lumentum 以 1800 万美元收购 Qorvo 位于格林斯伯勒的半导体制造厂，计划两年内投产。公司 OCS 季度营收已提前突破千万美元，订单积压超过 4 亿美元，预计大部分在下半年发货。 来源：讯石光通讯

#### Ciena

3月22日 Ciena 在 OFC 会前研讨中指出，OCS 的规模化需要数万个无阻塞端口和微秒级切换，800G 以上链路的损耗预算已压缩至 3–4 dB，需要低损耗收发器或相干方案。 来源：讯石光通讯

### 4.3 海内外大厂重点跟踪

#### 字节跳动

3月24日 火山引擎日均大模型调用量已超过 100 万亿 Tokens，春节后不到两个月增长超过 60%，个人用户的 Token 消耗也明显上升。 来源：晚点 LatePost

#### 月之暗面

3月26日 月之暗面正处于评估赴港上市的早期阶段，并寻求最高 10 亿美元的新一轮私募融资，对应估值约 180 亿美元；上市时间尚未确定。 来源：彭博

#### Google

3月26日 谷歌推出 TurboQuant 压缩算法，可在不重新训练模型的情况下将键值缓存压缩至 3 bit，实现约 6 倍内存压缩；在 H100 上最高提速约 8 倍，并可用于向量检索。 来源：财联社

#### OpenAI

3月26日 ChatGPT 广告业务上线约 6 周，年化收入已超过 1 亿美元，目前仅覆盖不到 20% 的美国免费版与 Go 版用户。 来源：The Information

#### Microsoft

3月25日 微软同意租用得克萨斯州一处原由甲骨文与 OpenAI 洽谈的数据中心项目，并与英伟达合作推出面向核电项目全生命周期的 AI 工具。 来源：彭博

## 风险提示

**1、AI 商业化进度低于预期**：AI 应用的收费模式仍在摸索中，若付费意愿或使用量增长慢于预期，算力与网络投资可能放缓，相关公司的订单与盈利随之承压。

**2、技术迭代不及预期**：光互连、液冷、高速交换等技术仍在快速演进，若关键技术的良率、可靠性或标准化进度落后，产品放量时点可能推迟。

**3、供应链集中与原材料短缺**：光芯片、高端 GPU 与光纤预制棒等环节供应商集中，若出现产能不足、价格大幅上涨或交付中断，下游扩产与利润率将受影响。

**4、贸易与出口管制政策变化**：关税或出口管制政策若进一步收紧，可能影响海外订单、关键器件采购与海外业务的盈利能力。

**5、行业竞争加剧**：新进入者增加与价格竞争可能压缩毛利率，技术路线更替也可能使部分公司的既有产品较快失去竞争力。

## 行业投资评级的说明

评级基准：未来 3–6 个月相对沪深 300 指数的表现。

- **买入**：预计未来 3–6 个月内，行业指数相对沪深 300 指数的超额收益在 15% 以上。
- **增持**：预计未来 3–6 个月内，行业指数相对沪深 300 指数的超额收益在 5% 至 15% 之间。
- **中性**：预计未来 3–6 个月内，行业指数相对沪深 300 指数的表现在 -5% 至 5% 之间。
- **减持**：预计未来 3–6 个月内，行业指数相对沪深 300 指数的表现落后 5% 以上。

## 特别声明

衡川证券股份有限公司具备中国证券监督管理委员会核准的证券投资咨询业务资格。

本报告由衡川证券股份有限公司（以下简称“本公司”）研究所编制，仅供本公司符合适当性要求的客户参考使用。本公司不因任何人收到本报告而视其为本公司的客户。

本报告所载信息来源于公开资料及本公司认为可靠的渠道，但本公司不对其准确性、完整性或及时性作出任何保证。报告中的观点、结论和建议仅反映研究人员在发布之日的判断，可能随市场变化而调整，恕不另行通知。

本报告不构成对任何人的投资建议，也未考虑个别投资者的投资目标、财务状况或特殊需求。投资者应独立判断并自行承担投资风险，必要时咨询专业顾问。本公司及研究人员不对因使用本报告而产生的任何损失承担责任。

本公司及其关联机构可能持有本报告所提及公司的证券，并可能为这些公司提供或争取提供投资银行、财务顾问等服务。投资者应当关注上述可能存在的利益冲突。

本报告版权归本公司所有。未经本公司书面许可，任何机构和个人不得以任何形式复制、转载、刊登或修改本报告的全部或部分内容；经许可引用时须注明出处为衡川证券研究所，且不得作有悖原意的删改。

本报告仅在中华人民共和国境内（不含港澳台地区）发布。

### 联系我们

**上海**：电话：021-6000 1000；邮箱：research-sh@hcresearch.example；邮编：200120；地址：上海市浦东新区示例大道 100 号 20 楼

**北京**：电话：010-6000 2000；邮箱：research-bj@hcresearch.example；邮编：100032；地址：北京市西城区示例街 8 号 12 层

**深圳**：电话：0755-6000 3000；邮箱：research-sz@hcresearch.example；邮编：518048；地址：深圳市福田区示例路 2000 号 18 楼


╔═ [end of file] ═╗
