(function(){
  var table=document.getElementById('apps');
  var body=table.tBodies[0];
  var text=document.getElementById('filter');
  var count=document.getElementById('visible');
  var selects={severity:'sev',category:'cats',rule:'rules',disclosure:'disc'};
  function matches(el,q){
    if(q.text&&el.getAttribute('data-text').toLowerCase().indexOf(q.text)===-1){return false;}
    for(var key in selects){
      var want=q[key];
      if(want&&(' '+el.getAttribute('data-'+selects[key])+' ').indexOf(' '+want+' ')===-1){return false;}
    }
    return true;
  }
  function apply(){
    var q={text:text.value.toLowerCase()},n=0;
    for(var key in selects){q[key]=document.getElementById('f-'+key).value;}
    Array.prototype.forEach.call(body.rows,function(row){
      var show=matches(row,q);
      row.style.display=show?'':'none';
      if(show){n++;}
      var section=document.getElementById(row.getAttribute('data-app'));
      if(section){section.style.display=show?'':'none';}
    });
    count.textContent=String(n);
  }
  text.addEventListener('input',apply);
  for(var key in selects){document.getElementById('f-'+key).addEventListener('change',apply);}
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,i){
    th.addEventListener('click',function(){
      var asc=th.getAttribute('data-dir')!=='asc';
      th.setAttribute('data-dir',asc?'asc':'desc');
      var rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){
        var ca=a.cells[i],cb=b.cells[i];
        var x=ca.getAttribute('data-value')||ca.textContent,y=cb.getAttribute('data-value')||cb.textContent;
        var nx=parseFloat(x),ny=parseFloat(y);
        var c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y);
        return asc?c:-c;
      });
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
  apply();
})();
